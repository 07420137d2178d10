# Convene — English messages: retention and erasure of personal data.
nav-privacy = Personal data
footer-privacy = Personal data
job-privacy-erasure = Erasure of personal data past its retention period
audit-do-privacy-erase-event = Personal data of the event erased
audit-do-privacy-erase-person = Personal data of a person erased on request
field-retention-months = Retention of personal data (months)
hint-retention-months = Months after the event's last day that its participants' personal data is kept. Leave empty for the office's default.
err-retention-months = Enter a whole number of months from 1 to { $max }, or leave the field empty.
privacy-err-not-due = This event's personal data is kept until { $date }: it cannot be erased before its retention period is over.
privacy-err-nothing-left = This event holds no personal data left to erase.
privacy-err-person-erased = This person's personal data has already been erased.
privacy-err-file-erased = This note verbale was erased with the rest of the event's personal data at the end of its retention period.
privacy-err-confirm = Tick the box to confirm that the erasure cannot be undone.
privacy-rule = Personal data of an event's participants is kept for { $months ->
    [one] 1 month
   *[other] { $months } months
} after its last day (an event may set its own period), then erased.
privacy-lists-kept = Issued lists of participants are official records of the meeting and are kept, names included.
privacy-lists-erased = Issued lists of participants are erased with the rest of the event's personal data.
privacy-counts = { $registrations ->
    [one] 1 registration
   *[other] { $registrations } registrations
}, { $invitations ->
    [one] 1 invitation
   *[other] { $invitations } invitations
}, { $people ->
    [one] 1 person
   *[other] { $people } people
}, { $files ->
    [one] 1 file
   *[other] { $files } files
}
privacy-notice-title = Personal data
privacy-notice-what = To service its meetings, workshops and training courses, the Office records the names, contact details, position, organisation, needs and attendance of invitees and participants, and the notes verbales of States' nominations. They are used for the event only and never shared with donors, who see aggregate figures.
privacy-notice-retention = How long it is kept
privacy-what-stays = What stays, without names: each participant's gender, State, type of organisation, role and attendance, so that the statistics of past events remain the same.
privacy-notice-records = Official records
privacy-notice-request = Erasure on request
privacy-notice-request-text = You may ask the organisers of your event to erase your personal data earlier. The Office erases it across all events and records the request, without your data.
privacy-title = Personal data
privacy-next-title = Next erasure
privacy-next-at = The next run, at { $at }, erases the events below.
privacy-next-off = The erasure job does not run on a schedule in this configuration: the events below are erased when it is started (`convene jobs run privacy_erasure`) or one by one here.
privacy-nothing-due = No event past its retention period holds personal data.
privacy-due-caption = Events whose personal data the next run erases
privacy-event = Event
privacy-kept-until = Kept until
privacy-registrations = Registrations
privacy-invitations = Invitations
privacy-people = People
privacy-files = Files
privacy-emails = Emails
privacy-scans = Check-in device names
privacy-actions = Actions
privacy-erase-now = Erase now
privacy-event-erased = Personal data erased: { $counts }.
privacy-request-title = Erasure on request
privacy-request-hint = Find the person by email address, or open one of their registrations and follow the link at the bottom of the page.
privacy-find = Find
privacy-not-found = Nobody has this email address.
privacy-audit-link = Erasures in the audit log
privacy-event-title = Erase the personal data of { $title }
privacy-kept-until-sentence = Its personal data was to be kept until { $date }.
privacy-what-goes = What is erased
privacy-confirm = I understand that the erasure cannot be undone.
privacy-person-title = Personal data of { $name }
privacy-erased-person = person no. { $id }
privacy-erased = Erased
privacy-person-erased = Personal data erased across all events: { $counts }.
privacy-person-events = Events
privacy-person-no-events = This person is linked to no event.
privacy-person-already = This person's personal data has been erased.
privacy-reason-hint = Say why: the request received, its date and reference. Do not write the person's name or address: the reason is kept in the audit log.
privacy-reason = Reason
privacy-erase-person = Erase this person's personal data
privacy-erase-person-link = Erase this person's personal data on request
privacy-notice-version = Version { $version }
privacy-notice-access = Your data
privacy-notice-access-text = The private link in your registration emails leads to a page, "Your data", that shows everything the Office holds about you across all events and lets you download it as a file.
data-notice-link = Data-protection notice
data-title = Your personal data
data-lead = Everything the Office holds about you, across all events, as of { $at }.
data-download = Download (JSON)
data-back = Your registration
data-record = Your record
data-language = Language of your emails
data-registrations = Registrations
data-notice = Data-protection notice
data-notice-accepted = Version { $version }, accepted on { $at }
data-notice-none = No version recorded (registered by the secretariat, or before notices had versions)
data-invitations = Invitations
data-col-event = Event
data-col-kind = Kind
data-col-state = Status
data-col-sent = Sent
data-col-answered = Answered
data-kind-personal = Personal invitation
data-kind-nomination = Request to nominate a delegation
data-nominations = Nominations
data-nominated-by = Nominated by { $state }
data-head = head of delegation
data-focal-point = Delegations you nominated as focal point
data-focal-point-item = { $state }, seat quota { $quota }
data-scans = Check-ins
data-col-scan = Scan
data-col-time = Time
data-emails = Emails sent to you
data-emails-hint = Subjects and dates only; the messages themselves are not part of this copy.
data-col-subject = Subject
data-col-queued = Written
data-certificates = Certificates
data-col-code = Verification code
data-col-days = Days attended
data-col-issued = Issued
data-days = { $attended } of { $total }
data-revoked = revoked
data-none = None.
privacy-person-data = Download everything held about this person (JSON), to answer a subject access request
