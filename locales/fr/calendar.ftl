# Calendriers : téléchargements, abonnements, horaire, calendrier des programmes, import et avis de modification.

cal-download = Ajouter à mon agenda (.ics)
cal-timetable = Horaire imprimable
cal-timetable-title = Horaire : { $title }
cal-import-link = Importer des séances depuis un fichier de calendrier
cal-changes-link = Informer les participants des modifications
cal-home-calendar = Calendrier des programmes
cal-home-subscribe = S'abonner à ces événements (.ics)

cal-manage-title = Agenda
cal-feed-explain = Votre lien d'agenda personnel liste tous les événements auxquels vous êtes inscrit et tient votre agenda à jour. Gardez-le pour vous ; vous pouvez le remplacer ou l'arrêter à tout moment.
cal-feed-issue = Obtenir mon lien d'agenda personnel (remplace le précédent)
cal-feed-revoke = Arrêter mon lien d'agenda personnel
cal-feed-title = Lien d'agenda personnel
cal-feed-once = Ajoutez cette adresse à votre application d'agenda comme abonnement. Elle n'est affichée qu'une fois : copiez-la maintenant. Obtenir un nouveau lien arrête celui-ci.
cal-feed-url = Adresse d'abonnement
cal-feed-revoked = Votre lien d'agenda personnel ne fonctionne plus.
cal-back-to-registration = Retour à mon inscription

cal-programme-title = Calendrier des programmes
cal-views = Vues du calendrier
cal-view-month = Mois
cal-view-list = Liste
cal-subscribe = S'abonner (.ics)
cal-previous = Précédent
cal-next = Suivant
cal-err-month = Indiquez un mois sous la forme AAAA-MM, par ex. 2026-12.

cal-import-title = Importer des séances depuis un fichier de calendrier
cal-import-explain = Téléversez un fichier .ics exporté d'un autre outil d'agenda, ou collez son texte. Vous verrez les séances qu'il créerait, et chaque entrée écartée avec la raison, avant tout enregistrement. Les heures sans fuseau horaire sont lues dans le fuseau de l'événement ({ $zone }).
cal-import-file = Fichier de calendrier (.ics)
cal-import-paste = Ou collez le texte du fichier
cal-import-preview = Aperçu
cal-import-summary = { $sessions ->
    [one] Une séance serait créée
   *[other] { $sessions } séances seraient créées
} ; { $problems ->
    [0] aucune entrée n'est écartée.
    [one] une entrée est écartée.
   *[other] { $problems } entrées sont écartées.
}
cal-import-problems = Entrées écartées
cal-import-entry = Entrée
cal-import-reason = Raison
cal-import-sessions = Séances à créer
cal-import-confirm = { $count ->
    [one] Créer cette séance
   *[other] Créer ces { $count } séances
}
cal-import-again = Choisir un autre fichier
cal-err-utf8 = Le fichier n'est pas du texte UTF-8.
cal-err-no-file = Choisissez un fichier ou collez son texte.
cal-import-not-calendar = Ce n'est pas un fichier iCalendar (il doit commencer par BEGIN:VCALENDAR et être bien formé).
cal-import-empty = Le fichier ne contient aucun événement.
cal-import-too-many = Le fichier contient plus de { $max } événements ; seuls les premiers ont été lus.
cal-import-event-zone = Le fuseau horaire de l'événement n'est pas valide ; corrigez d'abord l'événement.
cal-import-nothing = Le fichier ne contient aucune séance importable.
cal-import-no-summary = Pas de titre (SUMMARY).
cal-import-title-long = Le titre dépasse { $max } caractères.
cal-import-repeating = Les entrées répétées (RRULE, RDATE) ne sont pas importées ; ajoutez chaque séance séparément.
cal-import-cancelled = L'entrée est marquée annulée.
cal-import-no-start = Pas d'heure de début (DTSTART).
cal-import-no-end = Pas d'heure de fin (DTEND ou DURATION).
cal-import-all-day = Une entrée d'une journée entière n'est pas une séance.
cal-import-bad-time = Date ou heure illisible : { $value }.
cal-import-bad-duration = Durée illisible : { $value }.
cal-import-unknown-zone = Fuseau horaire inconnu : { $zone }.
cal-import-time-gap = { $time } n'existe pas dans le fuseau { $zone } (changement d'heure).
cal-import-end-before-start = La fin n'est pas après le début.
cal-import-outside = En dehors des dates de l'événement ({ $date }).
cal-import-room-taken = La salle est déjà réservée à ce moment (pour { $title }).
cal-import-several-days = La séance se termine un autre jour ; découpez-la en une séance par jour.

cal-changes-title = Modifications à annoncer
cal-changes-last = Les participants ont été informés pour la dernière fois de la révision { $revision } le { $when } ; l'événement en est à la révision { $current }.
cal-changes-no-baseline = Aucun avis antérieur n'est enregistré pour cet événement : l'avis portera tout le programme actuel.
cal-changes-none = Les participants savent déjà tout : rien n'a changé depuis le dernier avis.
cal-changes-list = Ce qui a changé
cal-changes-unknown = Le programme entier sera envoyé.
cal-changes-recipients = { $count ->
    [0] Aucun participant confirmé
    [one] Un participant confirmé sera informé
   *[other] { $count } participants confirmés seront informés
}
cal-changes-send = { $count ->
    [0] Enregistrer les modifications comme annoncées
    [one] Envoyer le courriel de mise à jour
   *[other] Envoyer { $count } courriels de mise à jour
}
cal-changes-sent = { $count ->
    [0] Rien de nouveau à envoyer.
    [one] Un courriel de mise à jour est en route.
   *[other] { $count } courriels de mise à jour sont en route.
}
cal-notice-already-sent = Ces modifications ont déjà été annoncées.
cal-change-cancelled = L'événement a été annulé.
cal-change-dates = Nouvelles dates : { $to } (auparavant { $from }).
cal-change-venue = Nouveau lieu : { $to } (auparavant { $from }).
cal-change-added = Nouvelle séance : { $title }, { $when }.
cal-change-removed = Séance supprimée : { $title }, { $when }.
cal-change-moved = { $title } modifiée : { $from } → { $to }.
cal-change-details = D'autres informations sur l'événement ont changé.
