# Convene — messages en français : conservation et effacement des données personnelles.
nav-privacy = Données personnelles
footer-privacy = Données personnelles
job-privacy-erasure = Effacement des données personnelles au-delà de leur durée de conservation
audit-do-privacy-erase-event = Données personnelles de la manifestation effacées
audit-do-privacy-erase-person = Données personnelles d'une personne effacées à sa demande
field-retention-months = Conservation des données personnelles (mois)
hint-retention-months = Nombre de mois, après le dernier jour de la manifestation, pendant lesquels les données personnelles des participants sont conservées. Laisser vide pour appliquer la durée fixée par le Bureau.
err-retention-months = Indiquez un nombre entier de mois compris entre 1 et { $max }, ou laissez le champ vide.
privacy-err-not-due = Les données personnelles de cette manifestation sont conservées jusqu'au { $date } : elles ne peuvent être effacées avant la fin de leur durée de conservation.
privacy-err-nothing-left = Cette manifestation ne contient plus de données personnelles à effacer.
privacy-err-person-erased = Les données personnelles de cette personne ont déjà été effacées.
privacy-err-file-erased = Cette note verbale a été effacée avec les autres données personnelles de la manifestation à la fin de leur durée de conservation.
privacy-err-confirm = Cochez la case pour confirmer que l'effacement est irréversible.
privacy-rule = Les données personnelles des participants à une manifestation sont conservées { $months ->
    [one] 1 mois
   *[other] { $months } mois
} après son dernier jour (une manifestation peut fixer sa propre durée), puis effacées.
privacy-lists-kept = Les listes des participants publiées constituent des documents officiels de la réunion et sont conservées, noms compris.
privacy-lists-erased = Les listes des participants publiées sont effacées avec les autres données personnelles de la manifestation.
privacy-counts = { $registrations ->
    [one] 1 inscription
   *[other] { $registrations } inscriptions
}, { $invitations ->
    [one] 1 invitation
   *[other] { $invitations } invitations
}, { $people ->
    [one] 1 personne
   *[other] { $people } personnes
}, { $files ->
    [one] 1 fichier
   *[other] { $files } fichiers
}
privacy-notice-title = Données personnelles
privacy-notice-what = Pour le service de ses réunions, ateliers et stages de formation, le Bureau enregistre les noms, coordonnées, fonctions, organisations, besoins et la présence des invités et des participants, ainsi que les notes verbales accompagnant les désignations des États. Ces données ne servent qu'à la manifestation et ne sont jamais communiquées aux donateurs, qui ne voient que des chiffres agrégés.
privacy-notice-retention = Durée de conservation
privacy-what-stays = Ce qui est conservé, sans les noms : le genre, l'État, le type d'organisation, le rôle et la présence de chaque participant, afin que les statistiques des manifestations passées restent inchangées.
privacy-notice-records = Documents officiels
privacy-notice-request = Effacement sur demande
privacy-notice-request-text = Vous pouvez demander aux organisateurs de votre manifestation d'effacer vos données personnelles plus tôt. Le Bureau les efface pour l'ensemble des manifestations et consigne la demande, sans vos données.
privacy-title = Données personnelles
privacy-next-title = Prochain effacement
privacy-next-at = La prochaine exécution, le { $at }, efface les manifestations ci-dessous.
privacy-next-off = Dans cette configuration, l'effacement n'est pas planifié : les manifestations ci-dessous sont effacées lorsque la tâche est lancée (`convene jobs run privacy_erasure`) ou une à une depuis cette page.
privacy-nothing-due = Aucune manifestation ayant dépassé sa durée de conservation ne contient de données personnelles.
privacy-due-caption = Manifestations dont la prochaine exécution efface les données personnelles
privacy-event = Manifestation
privacy-kept-until = Conservées jusqu'au
privacy-registrations = Inscriptions
privacy-invitations = Invitations
privacy-people = Personnes
privacy-files = Fichiers
privacy-emails = Courriels
privacy-scans = Noms des appareils d'enregistrement
privacy-actions = Actions
privacy-erase-now = Effacer maintenant
privacy-event-erased = Données personnelles effacées : { $counts }.
privacy-request-title = Effacement sur demande
privacy-request-hint = Recherchez la personne par son adresse électronique, ou ouvrez l'une de ses inscriptions et suivez le lien au bas de la page.
privacy-find = Rechercher
privacy-not-found = Aucune personne n'a cette adresse électronique.
privacy-audit-link = Effacements dans le journal d'audit
privacy-event-title = Effacer les données personnelles de { $title }
privacy-kept-until-sentence = Ses données personnelles devaient être conservées jusqu'au { $date }.
privacy-what-goes = Ce qui est effacé
privacy-confirm = Je comprends que l'effacement est irréversible.
privacy-person-title = Données personnelles de { $name }
privacy-erased-person = personne n° { $id }
privacy-erased = Effacées
privacy-person-erased = Données personnelles effacées pour l'ensemble des manifestations : { $counts }.
privacy-person-events = Manifestations
privacy-person-no-events = Cette personne n'est liée à aucune manifestation.
privacy-person-already = Les données personnelles de cette personne ont été effacées.
privacy-reason-hint = Indiquez le motif : la demande reçue, sa date et sa référence. N'indiquez ni le nom ni l'adresse de la personne : le motif est conservé dans le journal d'audit.
privacy-reason = Motif
privacy-erase-person = Effacer les données personnelles de cette personne
privacy-erase-person-link = Effacer les données personnelles de cette personne à sa demande
privacy-notice-version = Version { $version }
privacy-notice-access = Vos données
privacy-notice-access-text = Le lien personnel figurant dans vos courriels d'inscription mène à une page, « Vos données », qui présente l'ensemble des données que le Bureau détient à votre sujet pour toutes les manifestations et permet de les télécharger sous forme de fichier.
data-notice-link = Avis de protection des données
data-title = Vos données personnelles
data-lead = L'ensemble des données que le Bureau détient à votre sujet, pour toutes les manifestations, à la date du { $at }.
data-download = Télécharger (JSON)
data-back = Votre inscription
data-record = Votre fiche
data-language = Langue de vos courriels
data-registrations = Inscriptions
data-notice = Avis de protection des données
data-notice-accepted = Version { $version }, acceptée le { $at }
data-notice-none = Aucune version consignée (inscription par le secrétariat, ou antérieure à la numérotation des avis)
data-invitations = Invitations
data-col-event = Manifestation
data-col-kind = Type
data-col-state = Statut
data-col-sent = Envoyée
data-col-answered = Réponse
data-kind-personal = Invitation personnelle
data-kind-nomination = Demande de désignation d'une délégation
data-nominations = Désignations
data-nominated-by = Désigné(e) par { $state }
data-head = chef de délégation
data-focal-point = Délégations que vous avez désignées en tant que point focal
data-focal-point-item = { $state }, quota de places : { $quota }
data-scans = Enregistrements à l'entrée
data-col-scan = Passage
data-col-time = Heure
data-emails = Courriels qui vous ont été adressés
data-emails-hint = Objets et dates uniquement ; le texte des messages ne figure pas dans cette copie.
data-col-subject = Objet
data-col-queued = Rédigé
data-certificates = Certificats
data-col-code = Code de vérification
data-col-days = Jours de présence
data-col-issued = Délivré
data-days = { $attended } sur { $total }
data-revoked = révoqué
data-none = Aucun.
privacy-person-data = Télécharger l'ensemble des données détenues sur cette personne (JSON), pour répondre à une demande d'accès
