# Convene — catalogue de messages en français.
# Les clés sont stables ; fr.ftl doit avoir les mêmes clés. Les arguments s'écrivent { $name }.

## Navigation et mise en page
nav-skip = Aller au contenu
nav-label = Principal
nav-events = Événements
nav-organiser = Organisation
nav-checkin = Accueil
nav-audit = Journal d'audit
nav-account = Compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-language = Langue
footer-text = Convene — manifestations du Bureau des affaires de désarmement.

## Actions génériques
action-change = Modifier
action-save = Enregistrer
action-edit = Modifier
action-delete = Supprimer
action-filter = Filtrer
action-new-event = Nouvelle manifestation
action-clone = Dupliquer
action-publish = Publier
action-cancel-event = Annuler la manifestation
action-cancel-edit = Revenir sans enregistrer
action-view-public = Voir la page publique
action-add-session = Ajouter une séance
confirm-cancel-event = Annuler cette manifestation ? Elle restera visible avec un avis et ne pourra plus être modifiée.
confirm-delete-session = Supprimer cette séance du programme ?

## Formulaires
form-has-errors = Veuillez corriger les points suivants
form-required = obligatoire
form-choose = Choisir…
field-email = Adresse électronique
field-password = Mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-confirm-password = Confirmer le nouveau mot de passe
field-title = Titre
field-kind = Type
field-programme = Programme
field-unit = Unité organisatrice
field-series = Série
field-mandate = Mandat
field-venue = Lieu
field-city = Ville
field-country = Pays
field-time-zone = Fuseau horaire
field-date-precision = Dates connues
field-start-date = Date de début
field-end-date = Date de fin
field-dates = Dates
field-registration-mode = Inscription
field-approval-required = Inscriptions soumises à approbation (accréditation)
field-registration-opens = Ouverture des inscriptions
field-registration-closes = Clôture des inscriptions
field-capacity = Capacité (places)
field-languages = Langues de travail
field-description = Description
field-status = Statut
field-search = Rechercher dans les titres
field-year = Année
field-when = Période
field-session-title = Titre de la séance
field-session-kind = Type de séance
field-session-date = Date
field-start-time = Heure de début
field-end-time = Heure de fin
field-room = Salle
hint-mandate = Résolution ou décision, par exemple résolution 62/24 de l'Assemblée générale ou résolution 1540 (2004) du Conseil de sécurité.
hint-time-zone = Nom IANA du fuseau horaire du lieu, par exemple Europe/Zurich, America/New_York, Asia/Kathmandu.
hint-date = AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu.
hint-local-time = Heure locale du lieu.
hint-capacity = Laisser vide s'il n'y a pas de limite.
hint-password = Au moins 12 caractères. Une courte phrase est facile à retenir et difficile à deviner.

## Erreurs de champ
err-required = Ce champ est obligatoire.
err-too-long = Utilisez au plus { $max } caractères.
err-control-chars = Supprimez les caractères de contrôle de ce champ.
err-choice = Choisissez l'une des options proposées.
err-email = Saisissez une adresse électronique, par exemple nom@example.org.
err-country = Saisissez un code de pays ISO à trois lettres, par exemple BWA.
err-country-unknown = Ce code de pays ne correspond pas à un État Membre ou observateur.
err-time-zone = Saisissez un nom de fuseau horaire, par exemple Europe/Zurich ou Asia/Kathmandu.
err-date = Saisissez une date au format AAAA-MM-JJ.
err-month = Saisissez un mois au format AAAA-MM.
err-time = Saisissez une heure au format HH:MM (sur 24 heures).
err-datetime = Saisissez une date et une heure au format AAAA-MM-JJTHH:MM.
err-year = Saisissez une année, par exemple 2008.
err-page = Saisissez un numéro de page à partir de 1.
err-end-before-start = La date de fin doit être identique ou postérieure à la date de début.
err-event-too-long = Une manifestation peut durer au plus un an ; divisez les activités plus longues en une série.
err-closes-before-opens = La clôture des inscriptions doit être postérieure à leur ouverture.
err-capacity = Saisissez un nombre entier de places compris entre 1 et { $max }.
err-languages = Cochez au moins une langue de travail.
err-local-time-gap = Cette heure locale n'existe pas ce jour-là (changement d'heure) ; choisissez une autre heure.
err-session-end-before-start = La séance doit se terminer après son début, le même jour.
err-session-outside-event = La séance doit se situer dans les dates de la manifestation.
err-sessions-outside = { $count ->
    [one] { $count } séance du programme se situe en dehors de ces dates ; déplacez-la ou supprimez-la d'abord.
   *[other] { $count } séances du programme se situent en dehors de ces dates ; déplacez-les ou supprimez-les d'abord.
}
err-room-overlap = Cette salle est déjà réservée pour « { $title } » de { $start } à { $end }.
err-password-short = Utilisez au moins { $min } caractères.
err-password-mismatch = Les deux nouveaux mots de passe sont différents.
err-password-wrong = Le mot de passe actuel est incorrect.
err-sign-in-failed = L'adresse électronique ou le mot de passe est incorrect.
err-sign-in-throttled = Trop de tentatives infructueuses pour cette adresse. Réessayez dans { $minutes } minutes.
err-user-exists = Un compte existe déjà avec cette adresse électronique.
err-unknown-programme = Programme inconnu : { $code }.
err-checkin-role = Seul un compte d'accueil travaille pour un événement.
err-checkin-event = Événement inconnu.
err-json = Le corps de la requête n'est pas un JSON valide pour cette opération : { $reason }
err-csrf = Le formulaire a expiré ou provient d'un autre site. Revenez en arrière, rechargez la page et réessayez.
err-link-invalid = Ce lien n'est pas valide, a expiré ou a déjà été utilisé. Demandez-en un nouveau.
err-event-cancelled = Cette manifestation est annulée et ne peut plus être modifiée.
err-event-already-published = Cette manifestation est déjà publiée.

## Pages d'erreur
err-page-title = Erreur { $status }
err-page-home = Aller à la liste des manifestations
err-page-400 = La requête n'a pas pu être comprise.
err-page-401 = Veuillez vous connecter pour continuer.
err-page-403 = Vous n'êtes pas autorisé à effectuer cette opération.
err-page-404 = Cette page n'existe pas.
err-page-409 = Cette modification est incompatible avec l'état actuel de l'enregistrement.
err-page-410 = Ce lien n'est plus valide.
err-page-413 = La requête est trop volumineuse.
err-page-422 = Certaines des informations envoyées ne sont pas valides.
err-page-429 = Trop de tentatives. Veuillez patienter, puis réessayer.
err-page-500 = Un problème est survenu de notre côté. Il a été consigné ; veuillez réessayer plus tard.

## Connexion et compte
sign-in-title = Connexion du personnel
sign-in-submit = Se connecter
sign-in-link-title = Se connecter à Convene
sign-in-link-text = Ce lien à usage unique vous connecte. Appuyez sur le bouton pour continuer ; le lien cessera ensuite de fonctionner.
password-title = Votre mot de passe
password-signed-in-as = Connecté en tant que { $email }.
password-set-first = Définissez dès maintenant un mot de passe pour pouvoir vous connecter sans lien la prochaine fois.
password-submit = Enregistrer le nouveau mot de passe
password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été déconnectées.

## Journal d'audit
audit-title = Journal d'audit
audit-when = Date
audit-who = Auteur
audit-action = Action
audit-record = Enregistrement
audit-change = Modification
audit-show = Afficher
audit-before = Avant
audit-after = Après

## Pagination
pagination-label = Pages
pagination-previous = Précédente
pagination-next = Suivante
pagination-position = Page { $page } sur { $pages }

## Manifestations
events-count = { $count ->
    [one] { $count } manifestation
   *[other] { $count } manifestations
}
public-upcoming-title = Manifestations à venir
public-programmes = Programmes
public-all-programmes = Tous les programmes
public-no-events = Aucune manifestation à venir n'est encore publiée ici.
organiser-events-title = Événements
event-new-title = Nouvelle manifestation
event-edit-title = Modifier la manifestation
event-section-what = Objet
event-section-where = Lieu et dates
event-section-registration = Inscription
event-cancelled-notice = Cette manifestation a été annulée.
event-capacity = Capacité : { $count } places.
event-updated = Dernière modification le { $when } (révision { $revision }).
dates-to-be-confirmed = (dates exactes à confirmer)
when-upcoming = À venir
when-past = Passées
kind-meeting = Réunion
kind-workshop = Atelier
kind-training_course = Stage de formation
kind-conference = Conférence
kind-briefing = Séance d'information
status-draft = Projet
status-published = Publiée
status-cancelled = Annulée
precision-day = au jour près
precision-month = au mois près seulement
registration-invitation = Sur invitation
registration-open = Inscription ouverte
language-ar = Arabe
language-zh = Chinois
language-en = Anglais
language-fr = Français
language-ru = Russe
language-es = Espagnol

## Programme
schedule-title = Programme
schedule-time-zone = Les heures indiquées sont celles du lieu ({ $zone }).
schedule-empty = Aucune séance n'est encore prévue.
schedule-time = Heure
schedule-session = Séance
schedule-room = Salle
schedule-actions = Actions
session-add-title = Ajouter une séance
session-edit-title = Modifier la séance
session-kind-plenary = séance plénière
session-kind-working_group = groupe de travail
session-kind-side_event = manifestation parallèle
session-kind-field_visit = visite de terrain
session-kind-break = pause
session-kind-other = autre

## Dates
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche

## Comptes du personnel (administrateurs)
nav-users = Utilisateurs
users-title = Comptes du personnel
users-add = Ajouter un compte
users-created = Le compte { $email } a été créé. Envoyez ce lien de connexion à usage unique à son titulaire ; il n'est affiché qu'une fois :
users-active = actif
users-disabled = désactivé
users-no-password = pas encore de mot de passe
users-link-title = Lien de connexion
users-link-text = Un nouveau lien à usage unique permet à la personne de se connecter et de choisir un mot de passe (première connexion ou mot de passe oublié).
users-link-button = Créer un nouveau lien de connexion
users-link-issued = Nouveau lien de connexion à usage unique (affiché une seule fois) :
field-name = Nom
field-role = Rôle
field-programmes = Programmes
field-disabled = Désactivé (déconnecté partout ; les jetons d'API cessent de fonctionner)
role-admin = Administrateur
role-organiser = Organisateur
role-checkin = Accueil (un événement)
err-self-lockout = Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre propre compte.
err-programme-needed = Un organisateur doit avoir au moins un programme.
err-user-disabled = Ce compte est désactivé.

## Authentification unique
sso-sign-in = Se connecter par authentification unique
sso-or-password = ou avec votre mot de passe
sso-password-off = Le personnel se connecte par authentification unique.
sso-refused-title = Connexion refusée
sso-back = Retour à la page de connexion
err-sso-unreachable = Le fournisseur d'identité est injoignable pour le moment. Réessayez dans quelques minutes ; s'il reste injoignable, prévenez un administrateur.
err-sso-no-account = Aucun compte du personnel ne correspond à { $email }, l'adresse communiquée par le fournisseur d'identité. Demandez à un administrateur de créer un compte pour cette adresse.
err-sso-unverified = Le fournisseur d'identité n'a pas confirmé que votre adresse électronique est vérifiée ; Convene ne peut donc pas l'associer à un compte du personnel.
err-sso-state = Cette connexion a expiré ou a été commencée dans un autre navigateur. Recommencez depuis la page de connexion.
err-sso-provider = Le fournisseur d'identité n'a pas mené la connexion à son terme. Recommencez depuis la page de connexion.
err-password-sign-in-off = La connexion par mot de passe ou par lien à usage unique est désactivée ; le personnel se connecte par authentification unique.

## Sections d'un événement
event-tabs = Sections de l'événement
tab-invitations = Invitations
tab-delegations = Délégations
tab-registrations = Inscriptions
action-register = S'inscrire
clone-title = Dupliquer « { $title } »
clone-explain = La copie est un nouveau brouillon avec les mêmes informations et { $sessions ->
    [one] sa séance
   *[other] ses { $sessions } séances
}. Indiquez son premier jour : ses dates, ses séances et ses dates d'inscription sont toutes décalées du même nombre de jours dans l'heure locale de l'événement ({ $zone }), si bien qu'une séance à 09:00 reste à 09:00 même si l'heure change entre-temps. Les inscriptions, invitations et places ne sont pas copiées.
clone-explain-month = Cet événement n'est daté qu'au mois : indiquez le premier mois de la copie. Ses mois, ainsi que ses séances et dates d'inscription éventuelles, sont décalés du même nombre de mois ; une séance un jour que le nouveau mois n'a pas (le 31) passe au dernier jour du mois.
clone-field-start-date = Premier jour de la copie
clone-field-start-month = Premier mois de la copie
clone-hint-month = AAAA-MM, par ex. 2027-09.
clone-submit = Créer la copie
clone-done = Ce brouillon est une copie.
clone-moved-days = Ses dates, séances et dates d'inscription ont été { $direction ->
    [earlier] avancées
   *[later] reportées
} de { $count ->
    [one] un jour
   *[other] { $count } jours
}, en gardant leurs heures locales.
clone-moved-months = Ses dates, séances et dates d'inscription ont été { $direction ->
    [earlier] avancées
   *[later] reportées
} de { $count ->
    [one] un mois
   *[other] { $count } mois
}, en gardant leurs heures locales.
clone-check-text = Vérifiez son titre et sa description : ils sont copiés tels quels.
clone-adjusted = Ces séances avaient une heure qui n'existe pas à leur nouvelle date (changement d'heure) ou un jour que le nouveau mois n'a pas ; elles ont été déplacées le moins possible. Vérifiez-les :
clone-adjusted-window = Une date d'inscription tombait sur une heure qui n'existe pas à sa nouvelle date (changement d'heure) ; elle a été décalée de la durée du changement : vérifiez les dates d'inscription dans le formulaire de l'événement.
err-clone-day-needed = Cet événement a des dates exactes : indiquez le premier jour de la copie au format AAAA-MM-JJ.
# Tableaux de bord : l'accueil de l'organisateur et le premier onglet d'un événement.
nav-home = Accueil
home-title = Mes événements
home-needs-action = En attente de votre action
home-nothing-waiting = Rien n'attend votre action sur vos événements.
home-my-events = En cours et à venir
home-no-events = Vous n'avez aucun événement en cours ou à venir.
home-all-events = Tous les événements, y compris passés
home-running = En cours
home-upcoming = À venir
home-confirmed = { $count } confirmé(s)
dash-title = En bref
dash-seats = places prises
dash-invited = invités
dash-opened = ont ouvert leur invitation
dash-answered = ont répondu
dash-present-today = présents aujourd'hui
dash-certificates = attestations délivrées
dash-registrations = Inscriptions
dash-funding = Financement :
dash-regular-budget = budget ordinaire
dash-extrabudgetary = extrabudgétaire, { $allocated } alloués sur { $planned } prévus
dash-nothing-waiting = Rien n'attend votre action sur cet événement.
dash-pending = { $count } inscription(s) en attente d'approbation
dash-failed-emails = { $count } courriel(s) n'ont pas pu être remis
dash-offers-lapsing = { $count } offre(s) de place expirent dans la journée
dash-list-not-issued = La liste des participants n'a pas encore été publiée
audit-record-id = Numéro de l'enregistrement
audit-from = Du
audit-to = Au
audit-count = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
audit-none = Aucune entrée ne correspond à ces filtres.
audit-record-event = Événement
audit-record-registration = Inscription
audit-record-invitation = Invitation
audit-record-delegation = Délégation
audit-record-session = Séance
audit-record-user = Compte du personnel
audit-record-donor = Donateur
audit-record-donor-contact = Contact du donateur
audit-record-contribution = Contribution
audit-record-allocation = Allocation
audit-record-participant-list = Liste des participants
audit-record-certificate = Attestation
audit-record-person = Personne
audit-do-event-create = Événement créé
audit-do-event-update = Événement modifié
audit-do-event-publish = Événement publié
audit-do-event-cancel = Événement annulé
audit-do-event-clone = Événement copié
audit-do-event-email-paragraph = Paragraphe des courriels modifié
audit-do-event-notify-changes = Changements du programme notifiés
audit-do-session-create = Séance ajoutée
audit-do-session-update = Séance modifiée
audit-do-session-delete = Séance supprimée
audit-do-session-import = Séances importées
audit-do-invitation-create = Invitation envoyée
audit-do-invitation-resend = Invitation renvoyée
audit-do-invitation-remind = Rappel d'invitation envoyé
audit-do-invitation-extend = Invitation prolongée
audit-do-invitation-revoke = Invitation retirée
audit-do-invitation-decline = Invitation déclinée
audit-do-delegation-create = Délégation créée
audit-do-delegation-nominate = Délégation désignée
audit-do-registration-create = Inscription enregistrée
audit-do-registration-update = Informations de l'inscription modifiées
audit-do-registration-approve = Inscription approuvée
audit-do-registration-reject = Inscription non retenue
audit-do-registration-cancel = Inscription annulée
audit-do-registration-reset = Inscription remise en attente
audit-do-registration-offer = Place proposée
audit-do-registration-accept-offer = Place proposée acceptée
audit-do-registration-lapse = Offre de place expirée
audit-do-registration-new-link = Nouveau lien personnel envoyé
audit-do-registration-revoke-checkin-code = Code d'entrée remplacé
audit-do-participants-issue = Liste des participants publiée
audit-do-certificates-issue = Attestations délivrées
audit-do-certificate-revoke = Attestation révoquée
audit-do-user-create = Compte du personnel créé
audit-do-user-access = Accès du personnel modifié
audit-do-user-checkin-event = Événement d'accueil attribué
audit-do-user-password-change = Mot de passe changé
audit-do-user-sign-in-link = Lien de connexion utilisé
audit-do-user-sign-in-link-issue = Lien de connexion émis
audit-do-donor-create = Donateur ajouté
audit-do-donor-update = Donateur modifié
audit-do-donor-contact-create = Contact du donateur ajouté
audit-do-donor-contact-update = Contact du donateur modifié
audit-do-donor-contact-delete = Contact du donateur retiré
audit-do-donor-contact-sign-in = Connexion d'un contact du donateur
audit-do-contribution-create = Contribution enregistrée
audit-do-contribution-update = Contribution corrigée
audit-do-contribution-delete = Contribution supprimée
audit-do-allocation-create = Fonds alloués
audit-do-allocation-withdraw = Allocation retirée
audit-do-budget-line-set = Ligne budgétaire fixée
audit-do-calendar-feed-issue = Flux de calendrier émis
audit-do-calendar-feed-revoke = Flux de calendrier révoqué
audit-do-api-token-create = Jeton d'API créé
audit-do-api-token-revoke = Jeton d'API révoqué
audit-do-document-upload = Document déposé
audit-clear = Effacer les filtres

## Situation des inscriptions sur les pages publiques des événements
situation-invitation-title = Inscription sur invitation uniquement
situation-invitation = Les participants sont invités par le secrétariat et s'inscrivent au moyen du lien personnel figurant dans leur invitation.
situation-not-yet-title = Inscriptions pas encore ouvertes
situation-not-yet = Les inscriptions ouvrent le { $when }.
situation-open-title = Inscriptions ouvertes
situation-open-until = Inscrivez-vous au plus tard le { $when }.
situation-open-no-deadline = Les inscriptions restent ouvertes jusqu'à la fin de l'événement.
situation-seats-left = { $count ->
    [one] Il reste une place disponible.
   *[other] Il reste { $count } places disponibles.
}
situation-full-title = Complet : liste d'attente ouverte
situation-full = Toutes les places sont prises. Vous pouvez encore vous inscrire : vous serez placé(e) sur la liste d'attente et une place vous sera proposée par courriel si elle se libère.
situation-join-waitlist = S'inscrire sur la liste d'attente
situation-closed-title = Inscriptions closes
situation-closed-deadline = La date limite d'inscription ({ $when }) est passée.
situation-closed-over = Cet événement est terminé.
situation-closed-cancelled = L'événement a été annulé : aucune inscription n'est prise.

## Event content in several languages
event-section-content = Titre, lieu et description
hint-content-versions = Rédigez-les dans la langue originale de la manifestation ; ajoutez des versions dans d'autres langues si vous en disposez. Une version peut laisser le lieu ou la description vides : le lecteur voit alors l'original.
field-original-language = Langue originale
content-original-legend = Original ({ $language })
content-version-legend = Version en { $language }
content-original-language = Rédigé en { $language }
content-versions-list = également en { $languages }
session-titles-other-languages = Titre dans d'autres langues
content-in-ar = Titre en arabe
content-in-zh = Titre en chinois
content-in-en = Titre en anglais
content-in-fr = Titre en français
content-in-ru = Titre en russe
content-in-es = Titre en espagnol
err-content-language = « { $code } » n'est pas une langue du service : utilisez ar, zh, en, fr, ru ou es.
## Staff access: sessions and API tokens
err-api-token-days = Indiquez un nombre entier de jours compris entre 1 et { $max }.
err-api-token-scopes = Cochez au moins une portée : lecture, écriture ou enregistrement des présences.
sessions-title = Vos sessions
sessions-intro = Les navigateurs dans lesquels vous êtes connecté. Mettez fin à toute session que vous ne reconnaissez pas : ce navigateur est aussitôt déconnecté.
sessions-opened = Connexion
sessions-last-seen = Dernière activité
sessions-browser = Navigateur
sessions-address = Adresse
sessions-current = Session en cours
sessions-end = Mettre fin à la session
sessions-end-others = Déconnecter toutes les autres sessions
sessions-ended = Il a été mis fin à la session.
tokens-title = Jetons d'API
tokens-intro = Un jeton permet à un programme d'utiliser l'API JSON en votre nom (Authorization: Bearer <jeton>). N'accordez à chaque jeton que les portées nécessaires et révoquez-le lorsqu'il n'est plus utilisé.
tokens-created = Votre nouveau jeton n'est affiché qu'une seule fois. Copiez-le dans le programme qui l'utilisera :
tokens-revoked = Le jeton a été révoqué.
tokens-label = Libellé
tokens-scopes = Portées
tokens-expires = Expiration
tokens-last-used = Dernière utilisation
tokens-never = Jamais
tokens-revoke = Révoquer
tokens-state-active = Actif
tokens-state-revoked = Révoqué
tokens-state-expired = Expiré
tokens-scope-read = lecture
tokens-scope-write = écriture
tokens-scope-checkin = enregistrement des présences
tokens-scope-read-hint = Lecture : consulter les données (requêtes GET uniquement)
tokens-scope-write-hint = Écriture : créer, modifier et supprimer
tokens-scope-checkin-hint = Enregistrement des présences : le poste d'accueil uniquement (lectures de codes, annulations, badges)
tokens-new = Nouveau jeton
tokens-days = Durée de validité (jours)
tokens-days-max = Laissez vide pour la durée par défaut. Au plus { $max } jours.
tokens-create = Créer le jeton
users-sessions-title = Sessions
users-sessions-text = Déconnecte ce compte de tous les navigateurs à la fois (ordinateur perdu, départ). Ses jetons d'API ne sont pas concernés.
users-sessions-button = Mettre fin à toutes les sessions
audit-do-user-session-end = Session terminée
audit-do-user-sessions-end-others = Autres sessions terminées
audit-do-user-sessions-end = Toutes les sessions terminées

# Uploaded files (official documents, statements, credentials)
file-err-empty = Choisissez un fichier à téléverser.
file-err-too-large = Le fichier dépasse { $megabytes } Mo ; envoyez-en un plus petit.
file-err-not-pdf = Le fichier n’est pas un document PDF ; seuls les fichiers PDF sont acceptés.
file-err-interrupted = Le téléversement s’est interrompu avant la fin du fichier ; envoyez-le de nouveau.

## Connexion à deux facteurs
two-factor-title = Connexion à deux facteurs
two-factor-intro = Lorsque la connexion à deux facteurs est activée, le mot de passe seul ne suffit plus : vous saisissez aussi un code à six chiffres fourni par une application d'authentification sur votre téléphone. L'authentification unique et les liens de connexion envoyés par courriel ne le demandent pas.
two-factor-state-on = Activée
two-factor-state-off = Désactivée
two-factor-start = Activer la connexion à deux facteurs
two-factor-enrol-step-scan = Scannez ce code QR avec une application d'authentification (ou saisissez-y la clé ci-dessous).
two-factor-enrol-step-code = Saisissez le code à six chiffres affiché par l'application pour confirmer.
two-factor-enrol-text = Clé à saisir au lieu de scanner :
two-factor-enrol-submit = Confirmer et activer
two-factor-required = Les administrateurs doivent activer la connexion à deux facteurs avant toute autre action. Configurez-la maintenant pour terminer la connexion.
two-factor-recovery-title = Codes de secours
two-factor-recovery-intro = Conservez ces codes en lieu sûr : chacun vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant.
two-factor-recovery-left = Codes de secours restants : { $count }
two-factor-recovery-few = { $count ->
    [0] Il ne reste aucun code de secours : générez-en de nouveaux ci-dessous, sans quoi la perte de votre téléphone vous bloquerait.
    [one] Il ne reste qu’un code de secours : générez-en de nouveaux ci-dessous avant d’en manquer.
   *[other] Il ne reste que { $count } codes de secours : générez-en de nouveaux ci-dessous avant d’en manquer.
}
two-factor-recovery-regenerate = Créer de nouveaux codes de secours (les anciens ne fonctionneront plus)
two-factor-continue = Continuer
two-factor-off-title = Désactiver la connexion à deux facteurs
two-factor-off-submit = Désactiver
two-factor-turned-off = La connexion à deux facteurs est désactivée.
two-factor-code-title = Saisissez votre code
two-factor-code-intro = Ouvrez votre application d'authentification et saisissez le code à six chiffres de Convene, ou l'un de vos codes de secours.
field-two-factor-code = Code
hint-two-factor-code = Six chiffres de l'application, ou un code de secours tel que ABCDE-FGHJK.
field-two-factor-confirm = Votre mot de passe ou un code actuel
users-two-factor-reset-text = Désactivez-la si la personne a perdu son téléphone ; elle pourra alors se connecter avec son mot de passe et la configurer de nouveau.
users-two-factor-reset-button = Réinitialiser la connexion à deux facteurs
err-two-factor-code-wrong = Ce code n'est pas correct ou a déjà été utilisé. Essayez le code suivant affiché par l'application.
err-two-factor-expired = Cette connexion a attendu trop longtemps. Reconnectez-vous avec votre mot de passe.
err-two-factor-no-key = La connexion à deux facteurs n'est pas disponible : le serveur n'a pas de clé pour elle (security.totp_key).
err-two-factor-already-on = La connexion à deux facteurs est déjà activée.
err-two-factor-not-started = Commencez d'abord la configuration de la connexion à deux facteurs.
err-two-factor-off = La connexion à deux facteurs est désactivée.
err-two-factor-confirm-wrong = Ce n'est ni votre mot de passe ni un code valide.
# Remote participation
field-remote-attendance = Les participants peuvent assister à distance
remote-attendance-offered = Sur place ou à distance
field-remote-url = Lien de participation à distance
hint-remote-url = Une adresse https:// (webinaire ou visioconférence). Seuls les participants confirmés la voient, sur leur page et dans leur agenda.
session-remote-link = Lien à distance
err-remote-url = Saisissez une adresse web complète commençant par https://, par exemple https://meet.example.org/j/123.
err-remote-url-https = Utilisez un lien sécurisé : l’adresse doit commencer par https://.
