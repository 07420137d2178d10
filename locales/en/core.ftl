# Convene — English message catalog.
# Keys are stable; fr.ftl must have the same keys. Arguments are written { $name }.

## Navigation and layout
nav-skip = Skip to content
nav-label = Main
nav-events = Events
nav-organiser = Organiser
nav-checkin = Check-in
nav-audit = Audit log
nav-account = Account
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-language = Language
footer-text = Convene — events of the Office for Disarmament Affairs.

## Generic actions
action-change = Change
action-save = Save
action-edit = Edit
action-delete = Delete
action-filter = Filter
action-new-event = New event
action-clone = Clone
action-publish = Publish
action-cancel-event = Cancel event
action-cancel-edit = Back without saving
action-view-public = View public page
action-add-session = Add session
confirm-cancel-event = Cancel this event? It stays visible with a notice and cannot be edited afterwards.
confirm-delete-session = Delete this session from the schedule?

## Forms
form-has-errors = Please correct the following
form-required = required
form-choose = Choose…
field-email = Email address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-confirm-password = New password again
field-title = Title
field-kind = Kind
field-programme = Programme
field-unit = Organising unit
field-series = Series
field-mandate = Mandate
field-venue = Venue
field-city = City
field-country = Country
field-time-zone = Time zone
field-date-precision = Dates known to
field-start-date = Start date
field-end-date = End date
field-dates = Dates
field-registration-mode = Registration
field-approval-required = Registrations need approval (accreditation)
field-registration-opens = Registration opens
field-registration-closes = Registration closes
field-capacity = Capacity (seats)
field-languages = Working languages
field-description = Description
field-status = Status
field-search = Search titles
field-year = Year
field-when = When
field-session-title = Session title
field-session-kind = Kind of session
field-session-date = Date
field-start-time = Start time
field-end-time = End time
field-room = Room
hint-mandate = Resolution or decision, e.g. GA resolution 62/24 or SC resolution 1540 (2004).
hint-time-zone = IANA name of the venue's time zone, e.g. Europe/Zurich, America/New_York, Asia/Kathmandu.
hint-date = YYYY-MM-DD, or YYYY-MM when only the month is known.
hint-local-time = Local time at the venue.
hint-capacity = Leave empty for no limit.
hint-password = At least 12 characters. A short sentence is easy to remember and hard to guess.

## Field errors
err-required = This field is required.
err-too-long = Use at most { $max } characters.
err-control-chars = Remove control characters from this field.
err-choice = Choose one of the listed options.
err-email = Enter an email address such as name@example.org.
err-country = Enter a three-letter ISO country code, such as BWA.
err-country-unknown = This country code is not a member or observer State.
err-time-zone = Enter a time zone name such as Europe/Zurich or Asia/Kathmandu.
err-date = Enter a date as YYYY-MM-DD.
err-month = Enter a month as YYYY-MM.
err-time = Enter a time as HH:MM (24-hour clock).
err-datetime = Enter a date and time as YYYY-MM-DDTHH:MM.
err-year = Enter a year such as 2008.
err-page = Enter a page number from 1.
err-end-before-start = The end date must be on or after the start date.
err-event-too-long = An event can last at most a year; split longer activities into a series.
err-closes-before-opens = Registration must close after it opens.
err-capacity = Enter a whole number of seats from 1 to { $max }.
err-languages = Tick at least one working language.
err-local-time-gap = This local time does not exist on that day (the clocks change); choose another time.
err-session-end-before-start = The session must end after it starts, on the same day.
err-session-outside-event = The session must fall within the event's dates.
err-sessions-outside = { $count ->
    [one] One session of the schedule falls outside these dates; move or delete it first.
   *[other] { $count } sessions of the schedule fall outside these dates; move or delete them first.
}
err-room-overlap = This room is already booked for "{ $title }" from { $start } to { $end }.
err-password-short = Use at least { $min } characters.
err-password-mismatch = The two new passwords differ.
err-password-wrong = The current password is not correct.
err-sign-in-failed = The email address or the password is not correct.
err-sign-in-throttled = Too many failed attempts for this address. Try again in { $minutes } minutes.
err-user-exists = An account with this email address already exists.
err-unknown-programme = Unknown programme: { $code }.
err-checkin-role = Only a check-in staff account works for one event.
err-checkin-event = Unknown event.
err-json = The request body is not valid JSON for this operation: { $reason }
err-csrf = The form expired or came from another site. Go back, reload the page and try again.
err-link-invalid = This link is invalid, has expired or has already been used. Ask for a new one.
err-event-cancelled = This event is cancelled and can no longer be changed.
err-event-already-published = This event is already published.

## Error pages
err-page-title = Error { $status }
err-page-home = Go to the list of events
err-page-400 = The request could not be understood.
err-page-401 = Please sign in to continue.
err-page-403 = You do not have permission to do this.
err-page-404 = This page does not exist.
err-page-409 = This change conflicts with the current state of the record.
err-page-410 = This link is no longer valid.
err-page-413 = The request is too large.
err-page-422 = Some of the information sent is not valid.
err-page-429 = Too many attempts. Please wait and try again.
err-page-500 = Something went wrong on our side. The problem has been logged; please try again later.

## Sign-in and account
sign-in-title = Staff sign-in
sign-in-submit = Sign in
sign-in-link-title = Sign in to Convene
sign-in-link-text = This one-time link signs you in. Press the button to continue; the link then stops working.
password-title = Your password
password-signed-in-as = Signed in as { $email }.
password-set-first = Set a password now, so that you can sign in without a link next time.
password-submit = Save the new password
password-changed = Your password has been changed. Your other sessions were signed out.

## Audit log
audit-title = Audit log
audit-when = When
audit-who = Who
audit-action = Action
audit-record = Record
audit-change = Change
audit-show = Show
audit-before = Before
audit-after = After

## Pagination
pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
pagination-position = Page { $page } of { $pages }

## Events
events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
public-upcoming-title = Upcoming events
public-programmes = Programmes
public-all-programmes = All programmes
public-no-events = No upcoming events are published here yet.
organiser-events-title = Events
event-new-title = New event
event-edit-title = Edit event
event-section-what = What
event-section-where = Where and when
event-section-registration = Registration
event-cancelled-notice = This event has been cancelled.
event-capacity = Capacity: { $count } seats.
event-updated = Last changed { $when } (revision { $revision }).
dates-to-be-confirmed = (exact dates to be confirmed)
when-upcoming = Upcoming
when-past = Past
kind-meeting = Meeting
kind-workshop = Workshop
kind-training_course = Training course
kind-conference = Conference
kind-briefing = Briefing
status-draft = Draft
status-published = Published
status-cancelled = Cancelled
precision-day = the day
precision-month = the month only
registration-invitation = By invitation
registration-open = Open registration
language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish

## Schedule
schedule-title = Schedule
schedule-time-zone = Times are local to the venue ({ $zone }).
schedule-empty = No sessions are scheduled yet.
schedule-time = Time
schedule-session = Session
schedule-room = Room
schedule-actions = Actions
session-add-title = Add a session
session-edit-title = Edit session
session-kind-plenary = plenary
session-kind-working_group = working group
session-kind-side_event = side event
session-kind-field_visit = field visit
session-kind-break = break
session-kind-other = other

## Dates
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Staff accounts (admins)
nav-users = Users
users-title = Staff accounts
users-add = Add an account
users-created = Account { $email } created. Send this one-time sign-in link to its owner; it is shown only now:
users-active = active
users-disabled = disabled
users-no-password = no password yet
users-link-title = Sign-in link
users-link-text = A new one-time link lets the person sign in and choose a password (for a first sign-in or a forgotten password).
users-link-button = Issue a new sign-in link
users-link-issued = New one-time sign-in link (shown only now):
field-name = Name
field-role = Role
field-programmes = Programmes
field-disabled = Disabled (signed out everywhere; API tokens stop working)
role-admin = Admin
role-organiser = Organiser
role-checkin = Check-in staff (one event)
err-self-lockout = You cannot remove your own admin role or disable your own account.
err-programme-needed = An organiser needs at least one programme.
err-user-disabled = This account is disabled.

## Single sign-on
sso-sign-in = Sign in with single sign-on
sso-or-password = or with your password
sso-password-off = Staff sign in through single sign-on.
sso-refused-title = Sign-in refused
sso-back = Back to sign-in
err-sso-unreachable = The identity provider cannot be reached at the moment. Try again in a few minutes; if it stays unreachable, tell an administrator.
err-sso-no-account = No staff account matches { $email }, the address given by the identity provider. Ask an administrator to create an account for it.
err-sso-unverified = The identity provider did not confirm that your email address is verified, so Convene cannot match it to a staff account.
err-sso-state = This sign-in has expired or was started in another browser. Start again from the sign-in page.
err-sso-provider = The identity provider did not complete the sign-in. Start again from the sign-in page.
err-password-sign-in-off = Sign-in with a password or a one-time link is switched off; staff sign in through single sign-on.

## Event sections
event-tabs = Event sections
tab-invitations = Invitations
tab-delegations = Delegations
tab-registrations = Registrations
action-register = Register
clone-title = Clone “{ $title }”
clone-explain = The copy is a new draft with the same details and { $sessions ->
    [one] its one session
   *[other] its { $sessions } sessions
}. Give its first day: its dates, its sessions and its registration dates all move by the same number of days in the event's local time ({ $zone }), so a session at 09:00 stays at 09:00 even when the clocks change in between. Registrations, invitations and seats are not copied.
clone-explain-month = This event is dated by month only: give the copy's first month. Its months, and any sessions and registration dates, move by the same number of months; a session on a day the new month does not have (the 31st) moves to the month's last day.
clone-field-start-date = First day of the copy
clone-field-start-month = First month of the copy
clone-hint-month = YYYY-MM, e.g. 2027-09.
clone-submit = Create the copy
clone-done = This draft is a copy.
clone-moved-days = Its dates, sessions and registration dates moved { $count ->
    [one] one day
   *[other] { $count } days
} { $direction ->
    [earlier] earlier
   *[later] later
}, keeping their local times.
clone-moved-months = Its dates, sessions and registration dates moved { $count ->
    [one] one month
   *[other] { $count } months
} { $direction ->
    [earlier] earlier
   *[later] later
}, keeping their local times.
clone-check-text = Check its title and description: they are copied as they were.
clone-adjusted = These sessions had a time that does not exist on their new day (the clocks go forward then) or a day the new month does not have, and were moved as little as possible. Please check them:
clone-adjusted-window = A registration date fell on a time that does not exist on its new day (the clocks go forward then) and was moved by the length of the change: check the registration dates on the event's form.
err-clone-day-needed = This event has exact dates: give the copy's first day as YYYY-MM-DD.
# Dashboards: the organiser home and an event's first tab.
nav-home = Home
home-title = My events
home-needs-action = Needs your action
home-nothing-waiting = Nothing waits for you on your events.
home-my-events = Under way and to come
home-no-events = You have no event under way or to come.
home-all-events = All events, past ones included
home-running = Under way
home-upcoming = To come
home-confirmed = { $count } confirmed
dash-title = At a glance
dash-seats = seats taken
dash-invited = invited
dash-opened = opened their invitation
dash-answered = answered
dash-present-today = in today
dash-certificates = certificates issued
dash-registrations = Registrations
dash-funding = Funding:
dash-regular-budget = regular budget
dash-extrabudgetary = extrabudgetary, { $allocated } allocated of { $planned } planned
dash-nothing-waiting = Nothing waits for you on this event.
dash-pending = { $count } registration(s) waiting for approval
dash-failed-emails = { $count } email(s) could not be delivered
dash-offers-lapsing = { $count } seat offer(s) lapse within a day
dash-list-not-issued = The list of participants has not been issued yet
audit-record-id = Record number
audit-from = From
audit-to = To
audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
audit-none = No entry matches these filters.
audit-record-event = Event
audit-record-registration = Registration
audit-record-invitation = Invitation
audit-record-delegation = Delegation
audit-record-session = Session
audit-record-user = Staff account
audit-record-donor = Donor
audit-record-donor-contact = Donor contact
audit-record-contribution = Contribution
audit-record-allocation = Allocation
audit-record-participant-list = List of participants
audit-record-certificate = Certificate
audit-record-person = Person
audit-do-event-create = Event created
audit-do-event-update = Event changed
audit-do-event-publish = Event published
audit-do-event-cancel = Event cancelled
audit-do-event-clone = Event cloned
audit-do-event-email-paragraph = Email paragraph changed
audit-do-event-notify-changes = Schedule changes notified
audit-do-session-create = Session added
audit-do-session-update = Session changed
audit-do-session-delete = Session deleted
audit-do-session-import = Sessions imported
audit-do-invitation-create = Invitation sent
audit-do-invitation-resend = Invitation sent again
audit-do-invitation-remind = Invitation reminder sent
audit-do-invitation-extend = Invitation extended
audit-do-invitation-revoke = Invitation withdrawn
audit-do-invitation-decline = Invitation declined
audit-do-delegation-create = Delegation created
audit-do-delegation-nominate = Delegation nominated
audit-do-registration-create = Registered
audit-do-registration-update = Registration details changed
audit-do-registration-approve = Registration approved
audit-do-registration-reject = Registration not accepted
audit-do-registration-cancel = Registration cancelled
audit-do-registration-reset = Registration sent back to pending
audit-do-registration-offer = Seat offered
audit-do-registration-accept-offer = Offered seat accepted
audit-do-registration-lapse = Seat offer lapsed
audit-do-registration-new-link = New personal link emailed
audit-do-registration-revoke-checkin-code = Check-in code replaced
audit-do-participants-issue = List of participants issued
audit-do-certificates-issue = Certificates issued
audit-do-certificate-revoke = Certificate revoked
audit-do-user-create = Staff account created
audit-do-user-access = Staff access changed
audit-do-user-checkin-event = Check-in event assigned
audit-do-user-password-change = Password changed
audit-do-user-sign-in-link = Sign-in link used
audit-do-user-sign-in-link-issue = Sign-in link issued
audit-do-donor-create = Donor added
audit-do-donor-update = Donor changed
audit-do-donor-contact-create = Donor contact added
audit-do-donor-contact-update = Donor contact changed
audit-do-donor-contact-delete = Donor contact removed
audit-do-donor-contact-sign-in = Donor contact signed in
audit-do-contribution-create = Contribution recorded
audit-do-contribution-update = Contribution corrected
audit-do-contribution-delete = Contribution deleted
audit-do-allocation-create = Funds allocated
audit-do-allocation-withdraw = Allocation withdrawn
audit-do-budget-line-set = Budget line set
audit-do-calendar-feed-issue = Calendar feed issued
audit-do-calendar-feed-revoke = Calendar feed revoked
audit-do-api-token-create = API token created
audit-do-api-token-revoke = API token revoked
audit-do-document-upload = Document uploaded
audit-clear = Clear the filters

## Registration situation on the public event pages
situation-invitation-title = Registration by invitation only
situation-invitation = Participants are invited by the secretariat and register through the personal link in their invitation.
situation-not-yet-title = Registration not yet open
situation-not-yet = Registration opens on { $when }.
situation-open-title = Registration is open
situation-open-until = Register by { $when }.
situation-open-no-deadline = Registration stays open until the end of the event.
situation-seats-left = { $count ->
    [one] One seat is still free.
   *[other] { $count } seats are still free.
}
situation-full-title = Full: waiting list open
situation-full = Every seat is taken. You can still register: you will join the waiting list and be offered a seat by email if one is freed.
situation-join-waitlist = Join the waiting list
situation-closed-title = Registration is closed
situation-closed-deadline = The registration deadline ({ $when }) has passed.
situation-closed-over = This event is over.
situation-closed-cancelled = The event was cancelled: no registration is taken.

## Event content in several languages
event-section-content = Title, venue and description
hint-content-versions = Write them in the event's original language; add versions in other languages if you have them. A version may leave the venue or description empty: readers then see the original.
field-original-language = Original language
content-original-legend = Original ({ $language })
content-version-legend = Version in { $language }
content-original-language = Written in { $language }
content-versions-list = also in { $languages }
session-titles-other-languages = Title in other languages
content-in-ar = Title in Arabic
content-in-zh = Title in Chinese
content-in-en = Title in English
content-in-fr = Title in French
content-in-ru = Title in Russian
content-in-es = Title in Spanish
err-content-language = "{ $code }" is not a language of the service: use ar, zh, en, fr, ru or es.
## Staff access: sessions and API tokens
err-api-token-days = Give a whole number of days between 1 and { $max }.
err-api-token-scopes = Tick at least one scope: read, write or check-in.
sessions-title = Your sessions
sessions-intro = The browsers in which you are signed in. End any session you do not recognise: that browser is signed out at once.
sessions-opened = Signed in
sessions-last-seen = Last seen
sessions-browser = Browser
sessions-address = Address
sessions-current = This session
sessions-end = End the session
sessions-end-others = Sign out all other sessions
sessions-ended = The session has been ended.
tokens-title = API tokens
tokens-intro = A token lets a program use the JSON API in your name (Authorization: Bearer <token>). Give each token only the scopes it needs, and revoke it when it is no longer used.
tokens-created = Your new token is shown only now. Copy it into the program that will use it:
tokens-revoked = The token has been revoked.
tokens-label = Label
tokens-scopes = Scopes
tokens-expires = Expires
tokens-last-used = Last used
tokens-never = Never
tokens-revoke = Revoke
tokens-state-active = Active
tokens-state-revoked = Revoked
tokens-state-expired = Expired
tokens-scope-read = read
tokens-scope-write = write
tokens-scope-checkin = check-in
tokens-scope-read-hint = Read: consult data (GET requests only)
tokens-scope-write-hint = Write: create, change and delete
tokens-scope-checkin-hint = Check-in: the check-in desk only (scans, undo, badges)
tokens-new = New token
tokens-days = Valid for (days)
tokens-days-max = Leave empty for the default period. At most { $max } days.
tokens-create = Create the token
users-sessions-title = Sessions
users-sessions-text = Signs this account out of every browser at once (for a lost computer or a departure). Its API tokens are not affected.
users-sessions-button = End all sessions
audit-do-user-session-end = Session ended
audit-do-user-sessions-end-others = Other sessions ended
audit-do-user-sessions-end = All sessions ended

# Uploaded files (official documents, statements, credentials)
file-err-empty = Choose a file to upload.
file-err-too-large = The file is larger than { $megabytes } MB; send a smaller one.
file-err-not-pdf = The file is not a PDF document; only PDF files are accepted.
file-err-interrupted = The upload broke off before the end of the file; send it again.

## Two-factor sign-in
two-factor-title = Two-factor sign-in
two-factor-intro = With two-factor sign-in on, a password alone no longer signs you in: you also type a six-digit code from an authenticator app on your phone. Single sign-on and emailed sign-in links do not ask for it.
two-factor-state-on = On
two-factor-state-off = Off
two-factor-start = Turn on two-factor sign-in
two-factor-enrol-step-scan = Scan this QR code with an authenticator app (or type the key below into it).
two-factor-enrol-step-code = Type the six-digit code the app shows, to confirm.
two-factor-enrol-text = Key to type instead of scanning:
two-factor-enrol-submit = Confirm and turn on
two-factor-required = Admins must turn on two-factor sign-in before doing anything else. Set it up now to finish signing in.
two-factor-recovery-title = Recovery codes
two-factor-recovery-intro = Keep these codes somewhere safe: each one signs you in once if you lose your phone. They are shown only now.
two-factor-recovery-left = Recovery codes left: { $count }
two-factor-recovery-few = { $count ->
    [0] No recovery codes are left: make new ones below, or a lost phone will lock you out.
    [one] Only one recovery code is left: make new ones below before you run out.
   *[other] Only { $count } recovery codes are left: make new ones below before you run out.
}
two-factor-recovery-regenerate = Make new recovery codes (the old ones stop working)
two-factor-continue = Continue
two-factor-off-title = Turn off two-factor sign-in
two-factor-off-submit = Turn off
two-factor-turned-off = Two-factor sign-in is off.
two-factor-code-title = Enter your code
two-factor-code-intro = Open your authenticator app and type the six-digit code for Convene, or one of your recovery codes.
field-two-factor-code = Code
hint-two-factor-code = Six digits from the app, or a recovery code such as ABCDE-FGHJK.
field-two-factor-confirm = Your password or a current code
users-two-factor-reset-text = Turn it off if the person lost their phone; they can then sign in with their password and set it up again.
users-two-factor-reset-button = Reset two-factor sign-in
err-two-factor-code-wrong = This code is not right, or was already used. Try the next code the app shows.
err-two-factor-expired = This sign-in waited too long. Sign in again with your password.
err-two-factor-no-key = Two-factor sign-in is not available: the server has no key for it (security.totp_key).
err-two-factor-already-on = Two-factor sign-in is already on.
err-two-factor-not-started = Start setting up two-factor sign-in first.
err-two-factor-off = Two-factor sign-in is off.
err-two-factor-confirm-wrong = Neither your password nor a valid code.
# Remote participation
field-remote-attendance = Participants may attend remotely
remote-attendance-offered = In person or remotely
field-remote-url = Remote link
hint-remote-url = An https:// address (webinar or video meeting). Only confirmed participants see it, on their page and in their calendar.
session-remote-link = Remote link
err-remote-url = Enter a full web address starting with https://, e.g. https://meet.example.org/j/123.
err-remote-url-https = Use a secure link: the address must start with https://.
