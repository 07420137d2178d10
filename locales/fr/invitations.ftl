# Convene — messages en français : invitations.
# Les clés commencent par inv-, deleg- ou nom- ; en/invitations.ftl a les mêmes.

## Liste des invitations
inv-list-title = Invitations : { $event }
inv-count = { $count ->
    [one] { $count } invitation
   *[other] { $count } invitations
}
inv-draft-warning = Cet événement est un brouillon : les invitations peuvent partir, mais le lien vers l'événement qu'elles contiennent ne fonctionnera qu'une fois l'événement publié.
inv-col-person = Personne
inv-col-role = Rôle
inv-col-delivery = Courriel
inv-col-expires = Lien valable jusqu'au
inv-col-line = Ligne
inv-col-name = Nom
inv-col-problems = Problèmes
inv-field-search = Chercher un nom ou une adresse
inv-focal-point-of = Point focal : { $country } (désignations)
inv-reminders = { $count ->
    [one] relancé une fois
   *[other] relancé { $count } fois
}
inv-refresh = Actualiser
inv-delivery-title = Envoi
inv-delivery-queued = En attente :
inv-delivery-sent = envoyés :
inv-delivery-failed = échecs :

## Actions
inv-action-invite-one = Inviter une personne
inv-action-import = Importer une liste (CSV)
inv-action-copy = Reprendre d'un événement antérieur
inv-action-remind = Relancer toutes les personnes sans réponse
inv-action-resend = Renvoyer
inv-action-revoke = Retirer
inv-action-extend = Prolonger
inv-confirm-remind = Envoyer une relance, avec un nouveau lien, à toutes les personnes qui n'ont pas encore répondu ?
inv-confirm-revoke = Retirer cette invitation ? Son lien cessera de fonctionner.
inv-field-expires-on = Lien valable jusqu'au

## Confirmations
inv-done-invited = L'invitation est en attente d'envoi.
inv-done-imported = { $count ->
    [one] Une invitation est en attente d'envoi
   *[other] { $count } invitations sont en attente d'envoi
}{ $skipped ->
    [0] .
    [one] ; une ligne a été écartée.
   *[other] ; { $skipped } lignes ont été écartées.
}
inv-done-copied = { $count ->
    [one] Une invitation est en attente d'envoi
   *[other] { $count } invitations sont en attente d'envoi
}{ $skipped ->
    [0] .
    [one] ; une personne était déjà invitée.
   *[other] ; { $skipped } personnes étaient déjà invitées.
}
inv-done-reminded = { $count ->
    [0] Personne n'attend de relance.
    [one] Une relance est en attente d'envoi.
   *[other] { $count } relances sont en attente d'envoi.
}
inv-done-resent = L'invitation va être renvoyée avec un nouveau lien ; l'ancien lien ne fonctionne plus.
inv-done-revoked = L'invitation est retirée ; son lien ne fonctionne plus.
inv-done-extended = La validité du lien est prolongée.
inv-done-paragraph = Le paragraphe est enregistré ; il figurera dans les invitations envoyées à partir de maintenant.

## Le paragraphe de l'organisateur
inv-paragraph-title = Paragraphe ajouté aux invitations
inv-paragraph-hint = Figure dans chaque invitation et demande de désignations de cet événement envoyée à partir de maintenant, par exemple la prise en charge des voyages. Laisser vide pour aucun.
inv-field-paragraph = Paragraphe

## Inviter une personne
inv-invite-one-title = Inviter une personne
inv-field-title = Titre
inv-hint-title = Titre de civilité, p. ex. M., Mme, S. E., Dr
inv-field-given-name = Prénom
inv-field-family-name = Nom de famille
inv-field-organisation = Organisation ou ministère
inv-field-language = Langue des courriels
inv-submit-invite = Envoyer l'invitation

## Rôles et états
inv-role-delegate = Délégué
inv-role-head_of_delegation = Chef de délégation
inv-role-observer = Observateur
inv-role-expert = Expert ou personne ressource
inv-role-trainer = Formateur
inv-role-trainee = Stagiaire
inv-role-staff = Personnel
inv-state-queued = en attente
inv-state-sent = envoyée
inv-state-failed = non remise
inv-state-opened = ouverte
inv-state-registered = inscrit
inv-state-declined = déclinée
inv-state-expired = expirée
inv-state-revoked = retirée

## Import
inv-import-title = Importer une liste de personnes à inviter
inv-import-hint = Collez la liste ou choisissez un fichier CSV (UTF-8, virgules ou points-virgules). La première ligne nomme les colonnes, dans n'importe quel ordre : email, title, given_name, family_name, organisation, country (code ISO à trois lettres), role, language (en ou fr). Un aperçu s'affiche avant tout envoi.
inv-import-roles = Rôles : { $roles }.
inv-field-csv = La liste, collée
inv-field-csv-file = Ou un fichier CSV
inv-submit-preview = Aperçu
inv-preview-title = Aperçu de l'import
inv-preview-summary = { $good ->
    [one] Une ligne peut être invitée
   *[other] { $good } lignes peuvent être invitées
} ; { $bad ->
    [0] aucune ligne ne pose problème.
    [one] une ligne pose problème et sera écartée.
   *[other] { $bad } lignes posent problème et seront écartées.
}
inv-preview-nothing-saved = Rien n'a encore été enregistré ni envoyé.
inv-preview-bad = { $count ->
    [one] Une ligne écartée
   *[other] { $count } lignes écartées
}
inv-preview-good = { $count ->
    [one] Une ligne à inviter
   *[other] { $count } lignes à inviter
}
inv-submit-confirm = { $count ->
    [one] Inviter cette personne
   *[other] Inviter ces { $count } personnes
}
inv-preview-start-again = Corriger la liste et recommencer
inv-csv-bad-email = L'adresse électronique manque ou n'est pas valide.
inv-csv-missing-name = Le prénom et le nom de famille sont tous deux requis.
inv-csv-too-long = La colonne { $column } est trop longue ({ $max } caractères au plus).
inv-csv-control-chars = La colonne { $column } contient des caractères de contrôle.
inv-csv-unknown-country = Le pays n'est pas le code à trois lettres d'un État membre ou observateur.
inv-csv-unknown-role = Le rôle manque ou est inconnu.
inv-csv-unknown-language = La langue doit être l’une des suivantes : ar, zh, en, fr, ru ou es.
inv-csv-duplicate-email = Cette adresse figure déjà à la ligne { $line }.
inv-csv-already-invited = Cette personne est déjà invitée à cet événement.
inv-csv-field-count = La ligne compte { $found } champs au lieu de { $expected }.
inv-csv-empty = La liste est vide.
inv-csv-header = La première ligne doit nommer les colonnes ; il manque : { $missing }. Attendu : { $columns }
inv-csv-too-many-rows = La liste dépasse { $max } lignes ; scindez-la.
inv-csv-not-utf8 = Le fichier n'est pas un texte UTF-8. Enregistrez-le depuis votre tableur au format « CSV UTF-8 ».
inv-csv-malformed = La liste n'a pas pu être lue à la ligne { $line } (il manque peut-être un guillemet).

## Reprise
inv-copy-title = Reprendre d'un événement antérieur
inv-copy-hint = Chaque personne retenue est invitée dans le rôle qu'elle avait à l'événement antérieur. Les personnes déjà invitées à cet événement sont ignorées.
inv-field-from-event = Événement antérieur
inv-field-what = Qui inviter
inv-copy-participants = Ses participants (inscriptions confirmées ou en attente)
inv-copy-invitees = Toutes les personnes qu'il a invitées
inv-submit-copy = Les inviter

## Erreurs
inv-err-role = Choisissez l'un des rôles : delegate, head_of_delegation, observer, expert, trainer, trainee, staff.
inv-err-language = Choisissez l’une des six langues : ar, zh, en, fr, ru ou es.
inv-err-already-invited = Cette personne est déjà invitée à cet événement.
inv-err-concurrent = Quelqu'un d'autre a invité certaines de ces personnes au même moment. Rien n'a été enregistré ; veuillez réessayer.
inv-err-copy-same = Choisissez un autre événement que celui-ci.
inv-err-expired-extend-first = Cette invitation a expiré : prolongez-la d'abord, puis renvoyez-la.
inv-err-answered = Cette invitation a reçu une réponse ou a été retirée ; elle ne peut plus être modifiée.
inv-err-revoke-registered = Cette personne s'est inscrite : annulez plutôt l'inscription.
inv-err-extend-past = Choisissez un jour qui n'est pas encore terminé.
inv-err-event-over = Cet événement est terminé ; il n'est plus possible d'y inviter.
inv-err-upload = L'envoi est trop volumineux ou a été interrompu.

## Délégations
deleg-list-title = Délégations : { $event }
deleg-count = { $count ->
    [one] { $count } État invité
   *[other] { $count } États invités
}
deleg-col-state = État
deleg-col-group = Groupe régional
deleg-col-focal-point = Point focal
deleg-col-quota = Places
deleg-col-nominees = Désignés
deleg-col-note-verbale = Note verbale
deleg-nominated = { $count } sur { $quota }
deleg-download = Télécharger (PDF)
deleg-new-title = Inviter un État
deleg-new-hint = Le point focal (mission permanente ou contact national) reçoit un lien pour désigner la délégation, dans la limite des places, et joindre la note verbale.
deleg-field-state = État
deleg-field-quota = Places
deleg-hint-quota = Nombre de personnes que l'État peut désigner (de 1 à 50).
deleg-focal-point = Point focal
deleg-submit = Envoyer la demande de désignations
deleg-done-created = La demande de désignations est en attente d'envoi.
deleg-err-exists = Cet État est déjà invité à cet événement.
deleg-err-focal-point-busy = Cette personne est déjà le point focal d'un autre État pour cet événement.
deleg-err-quota = Indiquez un nombre entier de places, de 1 à { $max }.

## La page de désignation du point focal
nom-title = Désignations : { $country }
nom-remaining = Places restantes
nom-deadline = Désignations jusqu'au
nom-so-far = { $count ->
    [0] Personne n'est encore désigné
    [one] Une personne désignée
   *[other] { $count } personnes désignées
}
nom-none-yet = Personne n'a encore été désigné.
nom-form-title = Désigner
nom-form-hint = Remplissez un bloc par personne et laissez les autres vides. Indiquez le chef de délégation. Vous pouvez revenir avec ce lien pour ajouter des personnes jusqu'à ce que toutes les places soient prises.
nom-quota-full = Toutes les places sont prises. Vous pouvez encore joindre la note verbale.
nom-row = Personne { $n }
nom-field-position = Fonction
nom-field-head = Chef de délégation
nom-note-title = Note verbale
nom-field-note-ref = Référence de la note verbale
nom-field-note-date = Date de la note verbale
nom-field-note-file = La note verbale (PDF)
nom-hint-note-file = Un fichier PDF de 5 Mo au plus. Si le formulaire signale une erreur, choisissez à nouveau le fichier.
nom-submit = Soumettre les désignations
nom-done = { $count ->
    [0] La note verbale est enregistrée.
    [one] Merci : une personne est désignée et recevra une invitation personnelle.
   *[other] Merci : { $count } personnes sont désignées et recevront chacune une invitation personnelle.
}
nom-link-invalid = Ce lien de désignation n'est pas valide. Utilisez le lien du courriel le plus récent que vous avez reçu, ou contactez le secrétariat.
nom-link-revoked = Cette demande de désignations a été retirée par le secrétariat.
nom-link-expired = Ce lien de désignation a expiré le { $date }. Veuillez contacter le secrétariat pour en obtenir un nouveau.
nom-event-cancelled = Cet événement a été annulé ; les désignations sont closes.
nom-err-quota = Votre État peut désigner { $quota } personnes et { $taken } le sont déjà : { $remaining } au plus peuvent encore l'être.
nom-err-head-required = Indiquez le chef de délégation.
nom-err-head-row = Indiquez comme chef de délégation une personne que vous avez remplie.
nom-err-duplicate-email = Cette adresse est déjà utilisée pour une autre personne ci-dessus.
nom-err-already-invited = Cette personne est déjà invitée à cet événement.
nom-err-nobody = Remplissez au moins une personne, ou la note verbale.
nom-err-pdf-type = La note verbale doit être un fichier PDF.
nom-err-pdf-size = La note verbale doit faire au plus { $max } Mo.
nom-notice = Les données des personnes désignées sont traitées conformément à l'avis de protection des données ; chacune l'accepte lors de son inscription.
