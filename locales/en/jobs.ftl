# Convene — English messages: scheduled jobs and reminders before events.
nav-jobs = Jobs
jobs-title = Scheduled jobs
jobs-hint = Work the service does on a schedule. Each tick runs on one instance only; times are in UTC and cron expressions have seconds first.
jobs-scheduler-off = The scheduler is off in this configuration (jobs.scheduler): jobs run only when started here or with `convene jobs run`.
jobs-ran = { $job }: { $outcome }, { $items } handled.
jobs-job = Job
jobs-schedule = Schedule (UTC)
jobs-last-start = Last run started
jobs-last-end = Ended
jobs-outcome = Outcome
jobs-items = Items
jobs-next = Next run
jobs-actions = Actions
jobs-off = off
jobs-never-run = Never run
jobs-run-now = Run now
jobs-outcome-running = running
jobs-outcome-succeeded = succeeded
jobs-outcome-failed = failed
jobs-err-already-running = This job has already been started for this moment; try again in a second.
job-event-reminders = Reminders before events
job-invitation-follow-ups = Follow-ups of unanswered invitations
job-offer-expiry = Lapse of seat offers
job-token-purge = Purge of old links and sessions
job-outbox-dispatch = Outbox dispatch
field-reminders-enabled = Send reminders to confirmed participants before the event
reminders-title = Reminders before the event
reminders-hint = Confirmed participants receive an email before the event, at the times below (in the event's time zone). People who register after a reminder's time do not receive it.
reminders-off = Reminders are switched off for this event: nobody will receive them.
reminders-switch = Change this in the event's details.
reminders-job-off = The reminder job is not running in this configuration.
reminders-approximate = This event has approximate dates, so no reminders are sent.
reminders-none = No confirmed participants yet.
reminders-participant = Participant
reminders-kind = Reminder
reminders-due = Due ({ $zone })
reminders-state = State
reminders-days-before = { $days ->
    [one] 1 day before
   *[other] { $days } days before
}
reminders-sent = sent { $at }
reminders-scheduled = scheduled
reminders-due-now = due: goes out on the next run
reminders-skipped = not sent (its time has passed)
reminders-not-sent-off = not sent (reminders are off)
event-reminders-link = Reminders
