# Serviced meetings: the agenda and the lists of speakers.
meet-agenda = Agenda
meet-agenda-manage = Agenda and speakers
meet-agenda-public-link = Agenda and lists of speakers
meet-agenda-empty = The agenda has no items yet.
meet-add-item = Add an agenda item
meet-speakers-link = List of speakers
meet-field-number = Item number
meet-field-number-hint = As in the provisional agenda, e.g. 5 or 5(a).
meet-field-title = Title
meet-field-list-open = List of speakers open for inscription
meet-field-time-limit = Time limit per statement (minutes)
meet-field-time-limit-hint = Leave empty for no time limit.
meet-col-number = No.
meet-col-title = Title
meet-col-list = List of speakers
meet-col-actions = Actions
meet-col-place = Place
meet-col-speaker = Speaker
meet-col-level = Level
meet-col-state = Status
meet-col-inscribed = Inscribed at
meet-list-open = List open
meet-list-closed = List closed
meet-time-limit = { $minutes ->
    [one] Time limit: { $minutes } minute per statement
   *[other] Time limit: { $minutes } minutes per statement
}
meet-level-head-of-state = Head of State or Government
meet-level-minister = Minister
meet-level-head-of-delegation = Head of delegation
meet-level-other = Other representative
meet-on-behalf-regional = on behalf of the Group of { $group }
meet-on-behalf = on behalf of: { $group }
meet-heard = Spoke
meet-speakers-title = List of speakers: { $item }
meet-speaking-now = Speaking now
meet-next = Next
meet-nobody = Nobody
meet-not-yet-heard = Speakers not yet heard
meet-heard-title = Speakers heard
meet-withdrawn-title = Inscriptions withdrawn
meet-action-spoke = Spoke
meet-action-up = Move up
meet-action-down = Move down
meet-action-withdraw = Withdraw
meet-inscribe-title = Inscribe on the list of speakers
meet-inscribe = Inscribe
meet-field-speaker = Speaker
meet-speaker-state = A State
meet-speaker-observer = An observer or organisation
meet-field-country = State
meet-field-observer = Observer or organisation
meet-field-observer-hint = For an observer: its name, e.g. International Committee of the Red Cross.
meet-field-level = Level of the speaker
meet-field-group = On behalf of a regional group
meet-field-other-group = On behalf of another group
meet-field-item = Agenda item
meet-list-closed-notice = The list of speakers for this item is closed.
meet-pdf-link = List of speakers (PDF)
meet-public-title = Agenda: { $title }
meet-list-of-speakers = List of speakers
meet-no-speakers = No speakers are inscribed yet.
meet-link-title = List of speakers: { $state }
meet-own-title = Your delegation's inscriptions
meet-own-none = Your delegation is not inscribed on any list of speakers.
meet-own-place = place { $place }
meet-no-open-list = No list of speakers is open for inscription.
meet-back-to-nominations = Back to the nominations
meet-err-number = Enter an item number that starts with digits, such as 5 or 5(a) (at most 16 characters).
meet-err-number-taken = This number is already on the agenda.
meet-err-time-limit = Enter a whole number of minutes from 1 to { $max }, or leave empty.
meet-err-not-meeting = Only meetings have an agenda and lists of speakers; workshops, courses and other events do not.
meet-err-list-closed = The list of speakers for this item is closed.
meet-err-inscribed-already = This speaker is already inscribed on this list for the same group.
meet-err-item-unknown = Choose an agenda item of this meeting.
meet-err-not-waiting = This speaker has already spoken or withdrawn.
audit-do-agenda-add-item = Agenda item added
audit-do-agenda-update-item = Agenda item changed
audit-do-speakers-inscribe = Speaker inscribed
audit-do-speakers-spoke = Speaker heard
audit-do-speakers-withdraw = Inscription withdrawn
audit-do-speakers-move = Speaker moved
cred-title = Credentials
cred-manage = Credentials
cred-nomination-link = Credentials of your delegation
cred-col-state = State
cred-col-code = Code
cred-col-group = Regional group
cred-col-status = Status
cred-col-original = Original received
cred-col-changed = Last change
cred-col-note = Note
cred-col-document = Document
cred-status-none = None
cred-status-copy-received = Copy received
cred-status-original-received = Original received
cred-status-in-order = In order
cred-action-record = Record
cred-csv = Export to CSV
cred-count = { $shown } of { $total } delegations
cred-empty = This meeting has no delegations yet.
cred-empty-next = Invite States
cred-none-match = No delegation matches these filters.
cred-report-title = Draft for the report of the Credentials Committee
cred-report-hint = Drafted from the credentials recorded now; check it before it goes into the report.
cred-report-formal = { $count ->
    [0] No State has yet submitted formal credentials.
    [one] One State has submitted formal credentials, issued by the Head of State or Government or by the Minister for Foreign Affairs: { $states }.
   *[other] { $count } States have submitted formal credentials, issued by the Head of State or Government or by the Minister for Foreign Affairs: { $states }.
}
cred-report-copy = { $count ->
    [0] No State has communicated its credentials by copy only.
    [one] One State has communicated the appointment of its representatives by a copy of its credentials (facsimile or email): { $states }.
   *[other] { $count } States have communicated the appointment of their representatives by a copy of their credentials (facsimile or email): { $states }.
}
cred-report-none = { $count ->
    [one] One State has not yet communicated any credentials: { $states }.
   *[other] { $count } States have not yet communicated any credentials: { $states }.
}
cred-record-title = Credentials: { $state }
cred-no-document = No document received.
cred-field-note = Note from the secretariat
cred-field-note-hint = The delegation's focal point sees this note on their credentials page.
cred-link-title = Credentials: { $state }
cred-original-awaited = The secretariat has received a copy of your credentials. Please deliver the original to the secretariat.
cred-upload-title = Send your credentials
cred-replace-title = Send a new document
cred-field-document = Credentials (PDF)
cred-field-document-hint = A PDF of at most { $megabytes } MB. A new document replaces the one sent before.
cred-upload = Send
cred-err-concurrent = Someone else changed these credentials at the same moment. Nothing was saved; please try again.
audit-do-credentials-record = Credentials recorded
audit-do-credentials-upload = Credentials document sent
