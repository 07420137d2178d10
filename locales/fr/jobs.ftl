# Convene — messages en français : tâches planifiées et rappels avant les événements.
nav-jobs = Tâches
jobs-title = Tâches planifiées
jobs-hint = Travaux que le service effectue selon un calendrier. Chaque échéance ne s'exécute que sur une seule instance ; les heures sont en UTC et les expressions cron commencent par les secondes.
jobs-scheduler-off = Le planificateur est désactivé dans cette configuration (jobs.scheduler) : les tâches ne s'exécutent que lancées ici ou avec `convene jobs run`.
jobs-ran = { $job } : { $outcome }, { $items } élément(s) traité(s).
jobs-job = Tâche
jobs-schedule = Calendrier (UTC)
jobs-last-start = Dernière exécution
jobs-last-end = Fin
jobs-outcome = Résultat
jobs-items = Éléments
jobs-next = Prochaine exécution
jobs-actions = Actions
jobs-off = désactivée
jobs-never-run = Jamais exécutée
jobs-run-now = Exécuter maintenant
jobs-outcome-running = en cours
jobs-outcome-succeeded = réussie
jobs-outcome-failed = échouée
jobs-err-already-running = Cette tâche a déjà été lancée pour cet instant ; réessayez dans une seconde.
job-event-reminders = Rappels avant les événements
job-invitation-follow-ups = Relances des invitations sans réponse
job-offer-expiry = Expiration des places proposées
job-token-purge = Purge des anciens liens et sessions
job-outbox-dispatch = Envoi de la file de courriels
field-reminders-enabled = Envoyer des rappels aux participants confirmés avant l'événement
reminders-title = Rappels avant l'événement
reminders-hint = Les participants confirmés reçoivent un courriel avant l'événement, aux heures ci-dessous (dans le fuseau horaire de l'événement). Les personnes inscrites après l'heure d'un rappel ne le reçoivent pas.
reminders-off = Les rappels sont désactivés pour cet événement : personne ne les recevra.
reminders-switch = Modifiez ce réglage dans les détails de l'événement.
reminders-job-off = La tâche des rappels ne s'exécute pas dans cette configuration.
reminders-approximate = Les dates de cet événement sont approximatives : aucun rappel n'est envoyé.
reminders-none = Aucun participant confirmé pour l'instant.
reminders-participant = Participant
reminders-kind = Rappel
reminders-due = Échéance ({ $zone })
reminders-state = État
reminders-days-before = { $days ->
    [one] 1 jour avant
   *[other] { $days } jours avant
}
reminders-sent = envoyé le { $at }
reminders-scheduled = prévu
reminders-due-now = dû : part à la prochaine exécution
reminders-skipped = non envoyé (son heure est passée)
reminders-not-sent-off = non envoyé (rappels désactivés)
event-reminders-link = Rappels
