# Réunions servies : l’ordre du jour et les listes des orateurs.
meet-agenda = Ordre du jour
meet-agenda-manage = Ordre du jour et orateurs
meet-agenda-public-link = Ordre du jour et listes des orateurs
meet-agenda-empty = L’ordre du jour ne comporte encore aucun point.
meet-add-item = Ajouter un point de l’ordre du jour
meet-speakers-link = Liste des orateurs
meet-field-number = Numéro du point
meet-field-number-hint = Comme dans l’ordre du jour provisoire, par exemple 5 ou 5(a).
meet-field-title = Intitulé
meet-field-list-open = Liste des orateurs ouverte aux inscriptions
meet-field-time-limit = Temps de parole par déclaration (minutes)
meet-field-time-limit-hint = Laisser vide s’il n’y a pas de limite.
meet-col-number = No
meet-col-title = Intitulé
meet-col-list = Liste des orateurs
meet-col-actions = Actions
meet-col-place = Rang
meet-col-speaker = Orateur
meet-col-level = Niveau
meet-col-state = Statut
meet-col-inscribed = Inscrit à
meet-list-open = Liste ouverte
meet-list-closed = Liste close
meet-time-limit = { $minutes ->
    [one] Temps de parole : { $minutes } minute par déclaration
   *[other] Temps de parole : { $minutes } minutes par déclaration
}
meet-level-head-of-state = Chef d’État ou de gouvernement
meet-level-minister = Ministre
meet-level-head-of-delegation = Chef de délégation
meet-level-other = Autre représentant
meet-on-behalf-regional = au nom du Groupe des { $group }
meet-on-behalf = au nom de : { $group }
meet-heard = A pris la parole
meet-speakers-title = Liste des orateurs : { $item }
meet-speaking-now = A la parole
meet-next = Orateur suivant
meet-nobody = Personne
meet-not-yet-heard = Orateurs n’ayant pas encore pris la parole
meet-heard-title = Orateurs entendus
meet-withdrawn-title = Inscriptions retirées
meet-action-spoke = A pris la parole
meet-action-up = Monter
meet-action-down = Descendre
meet-action-withdraw = Retirer
meet-inscribe-title = Inscription sur la liste des orateurs
meet-inscribe = Inscrire
meet-field-speaker = Orateur
meet-speaker-state = Un État
meet-speaker-observer = Un observateur ou une organisation
meet-field-country = État
meet-field-observer = Observateur ou organisation
meet-field-observer-hint = Pour un observateur : son nom, par exemple Comité international de la Croix-Rouge.
meet-field-level = Niveau de l’orateur
meet-field-group = Au nom d’un groupe régional
meet-field-other-group = Au nom d’un autre groupe
meet-field-item = Point de l’ordre du jour
meet-list-closed-notice = La liste des orateurs de ce point est close.
meet-pdf-link = Liste des orateurs (PDF)
meet-public-title = Ordre du jour : { $title }
meet-list-of-speakers = Liste des orateurs
meet-no-speakers = Aucun orateur n’est encore inscrit.
meet-link-title = Liste des orateurs : { $state }
meet-own-title = Inscriptions de votre délégation
meet-own-none = Votre délégation n’est inscrite sur aucune liste des orateurs.
meet-own-place = rang { $place }
meet-no-open-list = Aucune liste des orateurs n’est ouverte aux inscriptions.
meet-back-to-nominations = Retour aux désignations
meet-err-number = Saisissez un numéro de point commençant par des chiffres, par exemple 5 ou 5(a) (16 caractères au plus).
meet-err-number-taken = Ce numéro figure déjà à l’ordre du jour.
meet-err-time-limit = Saisissez un nombre entier de minutes de 1 à { $max }, ou laissez vide.
meet-err-not-meeting = Seules les réunions ont un ordre du jour et des listes des orateurs ; les ateliers, les cours et les autres manifestations n’en ont pas.
meet-err-list-closed = La liste des orateurs de ce point est close.
meet-err-inscribed-already = Cet orateur est déjà inscrit sur cette liste pour le même groupe.
meet-err-item-unknown = Choisissez un point de l’ordre du jour de cette réunion.
meet-err-not-waiting = Cet orateur a déjà pris la parole ou s’est retiré.
audit-do-agenda-add-item = Point de l’ordre du jour ajouté
audit-do-agenda-update-item = Point de l’ordre du jour modifié
audit-do-speakers-inscribe = Orateur inscrit
audit-do-speakers-spoke = Orateur entendu
audit-do-speakers-withdraw = Inscription retirée
audit-do-speakers-move = Orateur déplacé
cred-title = Pouvoirs
cred-manage = Pouvoirs
cred-nomination-link = Pouvoirs de votre délégation
cred-col-state = État
cred-col-code = Code
cred-col-group = Groupe régional
cred-col-status = Statut
cred-col-original = Original reçu
cred-col-changed = Dernière modification
cred-col-note = Note
cred-col-document = Document
cred-status-none = Aucun
cred-status-copy-received = Copie reçue
cred-status-original-received = Original reçu
cred-status-in-order = En bonne et due forme
cred-action-record = Enregistrer
cred-csv = Exporter en CSV
cred-count = { $shown } délégations sur { $total }
cred-empty = Cette réunion n’a pas encore de délégation.
cred-empty-next = Inviter des États
cred-none-match = Aucune délégation ne correspond à ces filtres.
cred-report-title = Projet pour le rapport de la Commission de vérification des pouvoirs
cred-report-hint = Rédigé à partir des pouvoirs enregistrés à cet instant ; à vérifier avant de l’insérer dans le rapport.
cred-report-formal = { $count ->
    [0] Aucun État n’a encore présenté de pouvoirs en bonne et due forme.
    [one] Un État a présenté des pouvoirs en bonne et due forme, émanant du chef de l’État ou du gouvernement ou du ministre des affaires étrangères : { $states }.
   *[other] { $count } États ont présenté des pouvoirs en bonne et due forme, émanant du chef de l’État ou du gouvernement ou du ministre des affaires étrangères : { $states }.
}
cred-report-copy = { $count ->
    [0] Aucun État n’a communiqué ses pouvoirs par copie seulement.
    [one] Un État a communiqué la désignation de ses représentants au moyen d’une copie de ses pouvoirs (télécopie ou courriel) : { $states }.
   *[other] { $count } États ont communiqué la désignation de leurs représentants au moyen d’une copie de leurs pouvoirs (télécopie ou courriel) : { $states }.
}
cred-report-none = { $count ->
    [one] Un État n’a encore communiqué aucun pouvoir : { $states }.
   *[other] { $count } États n’ont encore communiqué aucun pouvoir : { $states }.
}
cred-record-title = Pouvoirs : { $state }
cred-no-document = Aucun document reçu.
cred-field-note = Note du secrétariat
cred-field-note-hint = Le point focal de la délégation voit cette note sur sa page des pouvoirs.
cred-link-title = Pouvoirs : { $state }
cred-original-awaited = Le secrétariat a reçu une copie de vos pouvoirs. Veuillez lui remettre l’original.
cred-upload-title = Envoyer vos pouvoirs
cred-replace-title = Envoyer un nouveau document
cred-field-document = Pouvoirs (PDF)
cred-field-document-hint = Un PDF de { $megabytes } Mo au plus. Un nouveau document remplace celui envoyé auparavant.
cred-upload = Envoyer
cred-err-concurrent = Quelqu’un d’autre a modifié ces pouvoirs au même moment. Rien n’a été enregistré ; veuillez réessayer.
audit-do-credentials-record = Pouvoirs enregistrés
audit-do-credentials-upload = Document de pouvoirs envoyé
