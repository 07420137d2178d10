# Convene — English messages: reports.

rep-err-programme = There is no programme with the code “{ $code }”.
rep-err-unit = There is no unit with the code “{ $code }”.
rep-err-series = There is no series with the code “{ $code }”.
rep-err-date = Enter a date as YYYY-MM-DD, for example 2007-01-31.
rep-err-range = The end date is before the start date.

nav-reports = Reports
tab-report = Report
rep-title = Reports across events
rep-intro = The outcomes of the published events of a programme, series, unit or period: events held, participants, States, regional groups and women's share. Leave a filter empty to include everything you may see.
rep-event-title = Report: { $title }
rep-definitions = Registered: registrations that stand (pending, confirmed, waiting list) and anyone who attended. Attended: scanned in at least once (undone scans do not count; leaving does not undo attendance). States, regional groups and women are counted among confirmed participants; a State counts once however many delegates and events.
rep-programme = Programme
rep-series = Series
rep-series-hint = The series code, for example 1540-WS.
rep-unit = Unit
rep-from = Events starting from
rep-to = Events starting until
rep-show = Show the report
rep-downloads = Download
rep-events-held = Events held
rep-invited = Invited
rep-registered = Registered
rep-confirmed = Confirmed
rep-attended = Attended
rep-attendance-rate = Attendance rate (attended / confirmed)
rep-states = States
rep-states-attended = States present
rep-regional-groups = Regional groups reached
rep-women = Women
rep-women-share = Women's share
rep-certificates = Certificates issued
rep-funnel = From invitation to attendance
rep-per-day = People present per day
rep-day = Day
rep-per-session = People present per session
rep-session = Session
rep-no-sessions = The schedule has no sessions, so there is nothing to count per session.
rep-nobody = Nobody has registered yet.
rep-not-stated = Not stated
rep-events = Events
rep-event = Event
rep-dates = Start
rep-no-events = No published event matches these filters.
rep-by-regional_group = By regional group
rep-by-gender = By gender
rep-by-organisation_type = By type of organisation
rep-by-state = By State
rep-by-role = By role
rep-sheet-summary = Summary
rep-sheet-regional_group = Regional groups
rep-sheet-gender = Gender
rep-sheet-organisation_type = Organisation types
rep-sheet-state = States
rep-sheet-role = Roles
rep-sheet-event = Events
rep-sheet-day = Days
rep-sheet-session = Sessions

# Events told apart by their dates where they take place, as of now.
rep-events-under-way = Events under way
rep-events-planned = Events planned
rep-list-held = Held ({ $count })
rep-list-under_way = Under way ({ $count })
rep-list-planned = Planned ({ $count })
rep-stage-held = Held
rep-stage-under_way = Under way
rep-stage-planned = Planned

# Why a chart is not drawn: there is nothing to draw.
rep-no-funnel = Nothing to chart yet: nobody has been invited or has registered.
rep-no-check-ins-planned = No check-ins yet: the event has not started.
rep-no-check-ins-under-way = No check-ins yet: nobody has been scanned in at the desk so far.
rep-no-check-ins-held = No check-ins were recorded: the event is over and nobody was scanned in at the desk.
rep-none-confirmed = No chart: nobody is confirmed yet. The table counts the registrations.
rep-per-session-note = A check-in for the whole day counts as present at every session of that day.

# Remote participation
rep-by-attendance_mode = In person or remote
rep-sheet-attendance_mode = Attendance modes
rep-remote-note = Remote participants are not checked in: they are counted as registered and confirmed remote participants; “Attended” counts people checked in at the venue.
