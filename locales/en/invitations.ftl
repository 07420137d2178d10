# Convene — English messages: invitations.
# Keys of this file start with inv-, deleg- or nom-; fr/invitations.ftl has the same keys.

## Invitation list
inv-list-title = Invitations: { $event }
inv-count = { $count ->
    [one] { $count } invitation
   *[other] { $count } invitations
}
inv-draft-warning = This event is a draft: invitations can be sent, but the event link in them works only once the event is published.
inv-col-person = Person
inv-col-role = Role
inv-col-delivery = Email
inv-col-expires = Link valid until
inv-col-line = Line
inv-col-name = Name
inv-col-problems = Problems
inv-field-search = Search names and addresses
inv-focal-point-of = Focal point of { $country } (nominations)
inv-reminders = { $count ->
    [one] reminded once
   *[other] reminded { $count } times
}
inv-refresh = Refresh
inv-delivery-title = Sending
inv-delivery-queued = Queued:
inv-delivery-sent = sent:
inv-delivery-failed = failed:

## Actions
inv-action-invite-one = Invite a person
inv-action-import = Import a list (CSV)
inv-action-copy = Copy from an earlier event
inv-action-remind = Remind all who have not answered
inv-action-resend = Resend
inv-action-revoke = Revoke
inv-action-extend = Extend
inv-confirm-remind = Send a reminder, with a new link, to everyone who has not answered yet?
inv-confirm-revoke = Revoke this invitation? Its link stops working.
inv-field-expires-on = Link valid until

## Confirmations
inv-done-invited = The invitation is queued for sending.
inv-done-imported = { $count ->
    [one] One invitation is queued for sending
   *[other] { $count } invitations are queued for sending
}{ $skipped ->
    [0] .
    [one] ; one row was left out.
   *[other] ; { $skipped } rows were left out.
}
inv-done-copied = { $count ->
    [one] One invitation is queued for sending
   *[other] { $count } invitations are queued for sending
}{ $skipped ->
    [0] .
    [one] ; one person was already invited.
   *[other] ; { $skipped } people were already invited.
}
inv-done-reminded = { $count ->
    [0] Nobody is waiting for a reminder.
    [one] One reminder is queued for sending.
   *[other] { $count } reminders are queued for sending.
}
inv-done-resent = The invitation is queued for sending again, with a new link; the old link no longer works.
inv-done-revoked = The invitation is revoked; its link no longer works.
inv-done-extended = The link's validity is extended.
inv-done-paragraph = The paragraph is saved; it appears in the invitations sent from now on.

## The organiser's paragraph
inv-paragraph-title = Paragraph added to the invitations
inv-paragraph-hint = Shown in every invitation and request for nominations of this event sent from now on, e.g. the funding of travel. Leave empty for none.
inv-field-paragraph = Paragraph

## Invite one person
inv-invite-one-title = Invite a person
inv-field-title = Title
inv-hint-title = Honorific, e.g. Mr., Ms., H.E., Dr.
inv-field-given-name = Given name
inv-field-family-name = Family name
inv-field-organisation = Organisation or ministry
inv-field-language = Language of the emails
inv-submit-invite = Send the invitation

## Roles and states
inv-role-delegate = Delegate
inv-role-head_of_delegation = Head of delegation
inv-role-observer = Observer
inv-role-expert = Expert or resource person
inv-role-trainer = Trainer
inv-role-trainee = Trainee
inv-role-staff = Staff
inv-state-queued = queued
inv-state-sent = sent
inv-state-failed = not delivered
inv-state-opened = opened
inv-state-registered = registered
inv-state-declined = declined
inv-state-expired = expired
inv-state-revoked = revoked

## Import
inv-import-title = Import a list of invitees
inv-import-hint = Paste the list or choose a CSV file (UTF-8, commas or semicolons). The first line names the columns, in any order: email, title, given_name, family_name, organisation, country (ISO code of three letters), role, language (en or fr). You will see a preview before anything is sent.
inv-import-roles = Roles: { $roles }.
inv-field-csv = The list, pasted
inv-field-csv-file = Or a CSV file
inv-submit-preview = Preview
inv-preview-title = Preview of the import
inv-preview-summary = { $good ->
    [one] One row can be invited
   *[other] { $good } rows can be invited
}; { $bad ->
    [0] no row has a problem.
    [one] one row has a problem and will be left out.
   *[other] { $bad } rows have problems and will be left out.
}
inv-preview-nothing-saved = Nothing has been saved or sent yet.
inv-preview-bad = { $count ->
    [one] One row left out
   *[other] { $count } rows left out
}
inv-preview-good = { $count ->
    [one] One row to invite
   *[other] { $count } rows to invite
}
inv-submit-confirm = { $count ->
    [one] Invite this person
   *[other] Invite these { $count } people
}
inv-preview-start-again = Correct the list and start again
inv-csv-bad-email = The email address is missing or not valid.
inv-csv-missing-name = The given name and the family name are both required.
inv-csv-too-long = The { $column } is too long (at most { $max } characters).
inv-csv-control-chars = The { $column } contains control characters.
inv-csv-unknown-country = The country is not the three-letter code of a member or observer State.
inv-csv-unknown-role = The role is missing or unknown.
inv-csv-unknown-language = The language must be one of ar, zh, en, fr, ru or es.
inv-csv-duplicate-email = This address already appears on line { $line }.
inv-csv-already-invited = This person is already invited to this event.
inv-csv-field-count = The line has { $found } fields instead of { $expected }.
inv-csv-empty = The list is empty.
inv-csv-header = The first line must name the columns; missing: { $missing }. Expected: { $columns }
inv-csv-too-many-rows = The list has more than { $max } rows; split it.
inv-csv-not-utf8 = The file is not UTF-8 text. Save it from your spreadsheet as "CSV UTF-8".
inv-csv-malformed = The list could not be read at line { $line } (a quotation mark may be missing).

## Copy
inv-copy-title = Copy from an earlier event
inv-copy-hint = Everyone chosen is invited in the role they had at the earlier event. People already invited to this event are skipped.
inv-field-from-event = Earlier event
inv-field-what = Whom to invite
inv-copy-participants = Its participants (registrations confirmed or pending)
inv-copy-invitees = Everyone it invited
inv-submit-copy = Invite them

## Errors
inv-err-role = Choose one of the roles: delegate, head_of_delegation, observer, expert, trainer, trainee, staff.
inv-err-language = Choose one of the six languages: ar, zh, en, fr, ru or es.
inv-err-already-invited = This person is already invited to this event.
inv-err-concurrent = Someone else invited some of these people at the same moment. Nothing was saved; please try again.
inv-err-copy-same = Choose an event other than this one.
inv-err-expired-extend-first = This invitation has expired: extend it first, then resend it.
inv-err-answered = This invitation has been answered or withdrawn; it can no longer be changed.
inv-err-revoke-registered = This person has registered: cancel the registration instead.
inv-err-extend-past = Choose a day that has not ended yet.
inv-err-event-over = This event is over; no more invitations can be sent for it.
inv-err-upload = The upload is too large or was interrupted.

## Delegations
deleg-list-title = Delegations: { $event }
deleg-count = { $count ->
    [one] { $count } State invited
   *[other] { $count } States invited
}
deleg-col-state = State
deleg-col-group = Regional group
deleg-col-focal-point = Focal point
deleg-col-quota = Seats
deleg-col-nominees = Nominated
deleg-col-note-verbale = Note verbale
deleg-nominated = { $count } of { $quota }
deleg-download = Download (PDF)
deleg-new-title = Invite a State
deleg-new-hint = The focal point (permanent mission or national contact) receives a link to nominate the delegation, up to the number of seats, and to attach the note verbale.
deleg-field-state = State
deleg-field-quota = Seats
deleg-hint-quota = How many people the State may nominate (1 to 50).
deleg-focal-point = Focal point
deleg-submit = Send the request for nominations
deleg-done-created = The request for nominations is queued for sending.
deleg-err-exists = This State is already invited to this event.
deleg-err-focal-point-busy = This person is already the focal point of another State for this event.
deleg-err-quota = Enter a whole number of seats from 1 to { $max }.

## The focal point's nomination page
nom-title = Nominations of { $country }
nom-remaining = Seats left
nom-deadline = Nominations until
nom-so-far = { $count ->
    [0] Nobody nominated yet
    [one] One person nominated
   *[other] { $count } people nominated
}
nom-none-yet = Nobody has been nominated yet.
nom-form-title = Nominate
nom-form-hint = Fill in one block per person; leave the others empty. Mark the head of delegation. You can come back with this link to add people until all seats are taken.
nom-quota-full = All seats are taken. You can still attach the note verbale.
nom-row = Person { $n }
nom-field-position = Position (function)
nom-field-head = Head of delegation
nom-note-title = Note verbale
nom-field-note-ref = Reference of the note verbale
nom-field-note-date = Date of the note verbale
nom-field-note-file = The note verbale (PDF)
nom-hint-note-file = A PDF file of at most 5 MB. If the form shows an error, choose the file again.
nom-submit = Submit the nominations
nom-done = { $count ->
    [0] The note verbale is recorded.
    [one] Thank you: one person is nominated and will receive a personal invitation.
   *[other] Thank you: { $count } people are nominated and will each receive a personal invitation.
}
nom-link-invalid = This nomination link is not valid. Please use the link from the most recent email you received, or contact the secretariat.
nom-link-revoked = This request for nominations has been withdrawn by the secretariat.
nom-link-expired = This nomination link expired on { $date }. Please contact the secretariat for a new one.
nom-event-cancelled = This event has been cancelled; nominations are closed.
nom-err-quota = Your State may nominate { $quota } people and { $taken } are already nominated, so at most { $remaining } more.
nom-err-head-required = Mark the head of delegation.
nom-err-head-row = Mark as head of delegation a person you filled in.
nom-err-duplicate-email = This address is used for another person above.
nom-err-already-invited = This person is already invited to this event.
nom-err-nobody = Fill in at least one person, or the note verbale.
nom-err-pdf-type = The note verbale must be a PDF file.
nom-err-pdf-size = The note verbale must be at most { $max } MB.
nom-notice = The nominees' details are used as the data-protection notice says; each nominee accepts it when they register.
