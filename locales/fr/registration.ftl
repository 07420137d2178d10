# Convene — messages en français : inscription.

## Rôles, genres, types d'organisation (libellés partagés)
role-p-delegate = Délégué(e)
role-p-head_of_delegation = Chef de délégation
role-p-observer = Observateur(trice)
role-p-expert = Expert(e) ou personne ressource
role-p-trainer = Formateur(trice)
role-p-trainee = Stagiaire
role-p-staff = Membre du personnel
gender-woman = Femme
gender-man = Homme
gender-another = Autre genre
gender-undisclosed = Préfère ne pas répondre
org-type-government = Gouvernement ou mission permanente
org-type-intergovernmental = Organisation intergouvernementale ou régionale
org-type-un_entity = Entité des Nations Unies
org-type-ngo = Organisation non gouvernementale ou société civile
org-type-academia = Établissement universitaire ou de recherche
org-type-parliament = Parlement
org-type-media = Médias
org-type-private = Secteur privé
reg-state-pending = En attente d'approbation
reg-state-confirmed = Confirmée
reg-state-waitlisted = Sur liste d'attente
reg-state-offered = Place proposée
reg-state-rejected = Non acceptée
reg-state-cancelled = Annulée
reg-state-lapsed = Offre expirée

## Formulaire d'inscription
reg-title = Titre
reg-title-hint = Par exemple M., Mme, S. E., Dr
reg-given-name = Prénom
reg-family-name = Nom de famille
reg-gender = Genre
reg-country = État représenté ou nationalité
reg-group = Groupe régional
reg-organisation = Organisation ou ministère
reg-organisation-type = Type d'organisation
reg-position = Fonction
reg-phone = Téléphone (facultatif)
reg-needs = Besoins d'accessibilité ou alimentaires (facultatif)
reg-visa-letter = J'ai besoin d'une lettre à l'appui d'une demande de visa
reg-privacy-notice = Le secrétariat utilise ces données uniquement pour organiser cet événement, établir la liste des participants et rendre compte de la participation de manière agrégée (nombres par État, groupe régional et genre). Elles ne sont communiquées ni aux donateurs ni à des tiers, et vous pouvez les corriger ou annuler votre inscription à tout moment au moyen de votre lien personnel.
reg-consent = J'ai lu l'avis de protection des données ci-dessus et je l'accepte
reg-submit = S'inscrire
reg-language = Langue des messages
reg-role = Rôle

## Page d'invitation
reg-event-page = page de l'événement
reg-invited-as = Vous, { $name }, êtes invité(e) en qualité de : { $role }.
reg-email-fixed = Les messages concernant cette inscription sont envoyés à { $email }.
reg-already-registered = Vous êtes déjà inscrit(e) à cet événement. Votre lien personnel pour consulter, modifier ou annuler votre inscription figure dans le courriel que nous vous avons envoyé.
reg-new-link-ask = Courriel perdu ? Obtenir un nouveau lien
reg-new-link-hint = Nous enverrons un nouveau lien personnel à l'adresse de votre inscription. Le lien dont vous disposez cessera alors de fonctionner.
reg-new-link-button = M'envoyer un nouveau lien
reg-new-link-sent = Nous avons envoyé un nouveau lien personnel à l'adresse de votre inscription. Le lien précédent ne fonctionne plus.
reg-new-link-recent = Un nouveau lien a été envoyé à l'adresse de votre inscription il y a quelques minutes. Veuillez le chercher dans votre boîte de réception (et parmi les indésirables) avant d'en demander un autre.
reg-you-declined = Vous avez décliné cette invitation. Si vous changez d'avis, veuillez contacter le secrétariat.
reg-decline-title = Vous ne pouvez pas participer ?
reg-decline-reason = Motif (facultatif)
reg-decline = Décliner l'invitation
reg-declined-thanks = Merci de nous avoir prévenus. Votre réponse a été enregistrée.

## Inscription ouverte
reg-open-intro = Saisissez votre adresse électronique. Nous vous enverrons un lien pour la confirmer ; vous pourrez ensuite remplir le formulaire d'inscription.
reg-open-submit = M'envoyer le lien
reg-check-email = Consultez votre messagerie : si l'adresse est valide, un lien pour poursuivre votre inscription vous a été envoyé. Il est valable pour une durée limitée.

## Page de gestion
reg-status = Statut de votre inscription : { $state }.
reg-waitlist-position = Votre place sur la liste d'attente : { $position }.
reg-saved = Vos données ont été enregistrées.
reg-offer = Une place s'est libérée pour vous. Acceptez-la avant le { $until }, faute de quoi elle sera proposée à la personne suivante.
reg-accept = Accepter la place
reg-calendar = Ajouter l'événement à votre agenda (.ics)
reg-details = Vos données
reg-update-approval = Pour cet événement, toute modification de vos données renvoie votre inscription au secrétariat pour approbation.
reg-cancel-title = Annuler votre inscription
reg-cancel = Annuler mon inscription
reg-cancel-confirm = Annuler votre inscription ? Votre place sera proposée à une autre personne.
reg-cancelled = Votre inscription est annulée et votre place a été libérée. Une confirmation vous est envoyée par courriel.
reg-back-to-approval-title = Données enregistrées
reg-back-to-approval = Vos données ont été enregistrées et votre inscription est renvoyée au secrétariat pour approbation. Un nouveau courriel contenant votre lien personnel vous est envoyé ; le lien de cette page ne fonctionne plus.

## Page de gestion : l'état de l'inscription
reg-panel-title = Votre inscription
reg-panel-confirmed = Votre place est confirmée. Présentez votre code d'accueil à l'entrée, sur votre téléphone ou imprimé.
reg-panel-pending = Votre place vous est réservée pendant que le secrétariat examine votre inscription. Vous recevrez un courriel dès qu'il aura statué.
reg-panel-waitlisted = L'événement est complet et vous êtes inscrit(e) sur la liste d'attente. Si une place se libère, elle vous sera proposée par courriel, à votre tour.
reg-panel-offered = Une place s'est libérée pour vous. Acceptez-la sans tarder, faute de quoi elle sera proposée à la personne suivante.
reg-panel-rejected = Le secrétariat n'a pas été en mesure d'accepter votre inscription à cet événement.
reg-panel-reason = Motif indiqué par le secrétariat :
reg-panel-cancelled = Cette inscription est annulée : vous ne disposez plus d'une place à cet événement.
reg-panel-lapsed = La place qui vous était proposée n'a pas été acceptée à temps et a été proposée à la personne suivante.
reg-offer-decline = Refuser la place
reg-offer-decline-confirm = Refuser cette place ? Elle sera proposée à la personne suivante sur la liste d'attente.
reg-contact = Pour toute question, veuillez écrire au secrétariat :
reg-contact-secretariat = Pour toute question, veuillez prendre contact avec le secrétariat de l'événement.
reg-qr-now = L'événement est en cours : présentez ce code à l'entrée.

## Liste de l'organisateur
reg-list-title = Inscriptions
reg-add = Inscrire une personne
reg-seats = Places : { $taken } sur { $capacity }
reg-notify = Écrire à la personne (confirmation avec l'invitation d'agenda)
reg-notify-ended = Cet événement est terminé : aucune invitation d'agenda n'est envoyée. Laissez la case décochée pour enregistrer l'inscription sans écrire à la personne.
reg-offers-paused = Les places qui se libèrent ne sont pas proposées à la liste d'attente : il reste moins de { $minutes } minutes avant { $limit ->
    [event_starts] le début de l'événement
    [registration_closes] la clôture des inscriptions
   *[other] la fin d'une offre
} ({ $when }).
reg-count = { $count ->
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
reg-export = Exporter en CSV
reg-select = Sélectionner
reg-state-filters = Inscriptions par statut
reg-state-all = Toutes
reg-select-all = Tout sélectionner
reg-select-none = Effacer la sélection
reg-name = Nom
reg-with-selected = Pour les inscriptions sélectionnées :
reg-approve = Approuver
reg-reject = Refuser (non acceptée)
reg-cancel-by-organiser = Annuler
reg-reset = Remettre en attente
reg-reason = Motif (envoyé à la personne en cas de refus)
reg-apply = Appliquer
field-search-people = Rechercher des noms et des adresses

## Erreurs
err-consent = Veuillez accepter l'avis de protection des données pour vous inscrire.
err-phone = Utilisez uniquement des chiffres, des espaces et + - ( ).
err-registration-not-open = Cet événement ne prend pas d'inscriptions.
err-registration-not-yet = Les inscriptions à cet événement ne sont pas encore ouvertes.
err-registration-closed = Les inscriptions à cet événement sont closes.
err-registration-invitation-only = L'inscription à cet événement se fait uniquement sur invitation.
err-registration-ended = Cette inscription est terminée et ne peut plus être modifiée. Veuillez contacter le secrétariat.
err-already-registered = Vous êtes déjà inscrit(e) à cet événement.
err-invitation-declined = Cette invitation a été déclinée.
err-quota-full = Toutes les places de votre délégation sont prises.
err-offer-not-open = Cette offre de place n'est plus ouverte.
err-move-not-allowed = Ce changement n'est pas possible pour une inscription au statut « { $state } ».
err-none-selected = Sélectionnez au moins une inscription.
err-too-many-requests = Trop de requêtes depuis votre adresse. Veuillez patienter une minute et réessayer.
# La page d'une inscription.
reg-detail-given = Informations fournies
reg-detail-reason = Motif communiqué à la personne :
reg-detail-needs = Besoins d'accessibilité ou alimentaires
reg-detail-visa = Lettre à l'appui d'une demande de visa
reg-detail-yes = Oui
reg-detail-no = Non
reg-detail-registered = Inscription
reg-detail-offer-until = Place proposée jusqu'au
reg-detail-moves = Décider
reg-detail-history = Historique
reg-detail-emails = Courriels envoyés
reg-detail-no-emails = Aucun courriel n'a été envoyé au sujet de cette inscription.
reg-detail-checkins = Enregistrements à l'entrée
reg-detail-no-checkins = Pas encore enregistré à l'entrée.
reg-detail-open = Ouvrir l'inscription de { $name }
# « Envoyez-moi un nouveau lien », là où mène un lien personnel qui ne fonctionne plus.
new-links-title = Envoyez-moi un nouveau lien
new-links-intro = Indiquez l'adresse avec laquelle vous vous êtes inscrit. Si elle a une inscription à un événement à venir, un nouveau lien personnel est envoyé à cette adresse ; l'ancien lien cesse alors de fonctionner.
new-links-submit = Envoyez-moi un nouveau lien
new-links-sent = Si cette adresse a une inscription à un événement à venir, un nouveau lien personnel est en route vers elle. Consultez votre boîte de réception (et le dossier des indésirables) dans quelques minutes.
reg-indicators = Besoins et lettres
reg-indicator-needs = Besoins
reg-indicator-visa = Lettre de visa
reg-notice-link = Lire l'avis de protection des données (version { $version })
err-notice-changed = L'avis de protection des données a été modifié pendant que ce formulaire était ouvert. Veuillez lire la version en vigueur et renvoyer le formulaire.
reg-your-data-title = Vos données
reg-your-data-text = Consultez l'ensemble des données que le Bureau détient à votre sujet, pour toutes les manifestations, et téléchargez-en une copie.
reg-your-data-link = Vos données personnelles

# Remote participation
reg-attendance-mode = Comment participerez-vous ?
reg-attendance-in_person = Sur place
reg-attendance-remote = À distance
err-remote-not-offered = Cet événement ne propose pas de participation à distance.
reg-remote-title = Participation à distance
reg-remote-hint = Liens pour suivre les séances à distance. Merci de ne pas les partager : ils sont réservés aux participants confirmés.
reg-remote-join = Rejoindre à distance
reg-detail-attendance = Mode de participation
