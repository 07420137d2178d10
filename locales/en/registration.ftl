# Convene — English messages: registration.

## Participant roles, genders, organisation types (shared labels)
role-p-delegate = Delegate
role-p-head_of_delegation = Head of delegation
role-p-observer = Observer
role-p-expert = Expert or resource person
role-p-trainer = Trainer
role-p-trainee = Trainee
role-p-staff = Staff
gender-woman = Woman
gender-man = Man
gender-another = Another gender
gender-undisclosed = Prefer not to say
org-type-government = Government or permanent mission
org-type-intergovernmental = Intergovernmental or regional organisation
org-type-un_entity = United Nations entity
org-type-ngo = Non-governmental organisation or civil society
org-type-academia = Academic or research institution
org-type-parliament = Parliament
org-type-media = Media
org-type-private = Private sector
reg-state-pending = Pending approval
reg-state-confirmed = Confirmed
reg-state-waitlisted = On the waiting list
reg-state-offered = Seat offered
reg-state-rejected = Not accepted
reg-state-cancelled = Cancelled
reg-state-lapsed = Offer lapsed

## Registration form
reg-title = Title
reg-title-hint = For example Mr., Ms., H.E., Dr.
reg-given-name = Given name
reg-family-name = Family name
reg-gender = Gender
reg-country = State represented or nationality
reg-group = Regional group
reg-organisation = Organisation or ministry
reg-organisation-type = Type of organisation
reg-position = Position or function
reg-phone = Telephone (optional)
reg-needs = Accessibility or dietary needs (optional)
reg-visa-letter = I need a letter in support of a visa application
reg-privacy-notice = The secretariat uses these details only to organise this event, to issue the list of participants and to report on participation in aggregate (counts by State, regional group and gender). They are not shared with donors or third parties, and you can correct them or cancel at any time through your private link.
reg-consent = I have read the data-protection notice above and agree
reg-submit = Register
reg-language = Language for messages
reg-role = Role

## Invitation page
reg-event-page = event page
reg-invited-as = You, { $name }, are invited as: { $role }.
reg-email-fixed = Messages about this registration go to { $email }.
reg-already-registered = You are already registered for this event. Your personal link to see, change or cancel your registration is in the email we sent you.
reg-new-link-ask = Lost that email? Get a new link
reg-new-link-hint = We will email a new personal link to the address of your registration. The link you have now will then stop working.
reg-new-link-button = Email me a new link
reg-new-link-sent = We have emailed a new personal link to the address of your registration. The previous link no longer works.
reg-new-link-recent = A new link was emailed to the address of your registration a few minutes ago. Please look for it in your inbox (and spam folder) before asking again.
reg-you-declined = You declined this invitation. If you change your mind, please contact the secretariat.
reg-decline-title = Not able to attend?
reg-decline-reason = Reason (optional)
reg-decline = Decline the invitation
reg-declined-thanks = Thank you for letting us know. Your reply has been recorded.

## Open registration
reg-open-intro = Enter your email address. We will send you a link to confirm it, then you can fill in the registration form.
reg-open-submit = Send me the link
reg-check-email = Check your email: if the address is valid, a link to continue your registration is on its way. It is valid for a limited time.

## Manage page
reg-status = Status of your registration: { $state }.
reg-waitlist-position = Your place on the waiting list: { $position }.
reg-saved = Your details have been saved.
reg-offer = A seat has been freed for you. Accept it before { $until }, or it will be offered to the next person.
reg-accept = Accept the seat
reg-calendar = Add the event to your calendar (.ics)
reg-details = Your details
reg-update-approval = For this event, changing your details sends your registration back to the secretariat for approval.
reg-cancel-title = Cancel your registration
reg-cancel = Cancel my registration
reg-cancel-confirm = Cancel your registration? Your seat will be offered to someone else.
reg-cancelled = Your registration is cancelled and your seat has been released. A confirmation is on its way by email.
reg-back-to-approval-title = Details saved
reg-back-to-approval = Your details have been saved and your registration goes back to the secretariat for approval. A new email with your private link is on its way; the link on this page no longer works.

## Manage page: the state panel
reg-panel-title = Your registration
reg-panel-confirmed = Your seat is confirmed. Show your check-in code at the entrance, on your phone or printed.
reg-panel-pending = Your seat is held while the secretariat reviews your registration. You will receive an email once it has decided.
reg-panel-waitlisted = The event is full and you are on the waiting list. If a seat is freed, it will be offered to you by email, in turn.
reg-panel-offered = A seat has been freed for you. Accept it soon, or it will be offered to the next person.
reg-panel-rejected = The secretariat was not able to accept your registration for this event.
reg-panel-reason = Reason given by the secretariat:
reg-panel-cancelled = This registration is cancelled: you no longer hold a seat at this event.
reg-panel-lapsed = The seat offered to you was not accepted in time and has been offered to the next person.
reg-offer-decline = Decline the seat
reg-offer-decline-confirm = Decline this seat? It will be offered to the next person on the waiting list.
reg-contact = For any question, write to the secretariat:
reg-contact-secretariat = For any question, please contact the secretariat of the event.
reg-qr-now = The event is under way: show this code at the entrance.

## Organiser's list
reg-list-title = Registrations
reg-add = Register someone
reg-seats = Seats: { $taken } of { $capacity }
reg-notify = Email the person (confirmation with the calendar invitation)
reg-notify-ended = This event has ended: no calendar invitation is sent. Leave the box unticked to record the registration without writing to the person.
reg-offers-paused = Seats that free up are not offered to the waiting list: less than { $minutes } minutes are left before { $limit ->
    [event_starts] the event starts
    [registration_closes] registration closes
   *[other] an offer would end
} ({ $when }).
reg-count = { $count ->
    [one] { $count } registration
   *[other] { $count } registrations
}
reg-export = Export as CSV
reg-select = Select
reg-state-filters = Registrations by state
reg-state-all = All
reg-select-all = Select all
reg-select-none = Clear selection
reg-name = Name
reg-with-selected = With the selected registrations:
reg-approve = Approve
reg-reject = Reject (not accepted)
reg-cancel-by-organiser = Cancel
reg-reset = Send back to pending
reg-reason = Reason (sent to the person when rejecting)
reg-apply = Apply
field-search-people = Search names and emails

## Errors
err-consent = Please agree to the data-protection notice to register.
err-phone = Use digits, spaces and + - ( ) only.
err-registration-not-open = This event does not take registrations.
err-registration-not-yet = Registration for this event has not opened yet.
err-registration-closed = Registration for this event is closed.
err-registration-invitation-only = Registration for this event is by invitation only.
err-registration-ended = This registration has ended; it can no longer be changed. Please contact the secretariat.
err-already-registered = You are already registered for this event.
err-invitation-declined = This invitation was declined.
err-quota-full = All the seats of your delegation are taken.
err-offer-not-open = This seat offer is no longer open.
err-move-not-allowed = This change is not possible for a registration that is { $state }.
err-none-selected = Select at least one registration.
err-too-many-requests = Too many requests from your address. Please wait a minute and try again.
# The registration detail page.
reg-detail-given = What they gave
reg-detail-reason = Reason given to the person:
reg-detail-needs = Accessibility or dietary needs
reg-detail-visa = Visa support letter
reg-detail-yes = Yes
reg-detail-no = No
reg-detail-registered = Registered
reg-detail-offer-until = Seat offered until
reg-detail-moves = Decide
reg-detail-history = History
reg-detail-emails = Emails sent
reg-detail-no-emails = No email has been sent about this registration.
reg-detail-checkins = Check-ins
reg-detail-no-checkins = Not checked in yet.
reg-detail-open = Open the registration of { $name }
# "Email me a new link", where a dead personal link leads.
new-links-title = Email me a new link
new-links-intro = Enter the address you registered with. If it has a registration for an event to come, a new personal link for it is emailed to that address; the old link then stops working.
new-links-submit = Email me a new link
new-links-sent = If this address has a registration for an event to come, a new personal link is on its way to it. Look in your inbox (and spam folder) in a few minutes.
reg-indicators = Needs and letters
reg-indicator-needs = Needs
reg-indicator-visa = Visa letter
reg-notice-link = Read the data-protection notice (version { $version })
err-notice-changed = The data-protection notice changed while this form was open. Read the current version and send the form again.
reg-your-data-title = Your data
reg-your-data-text = See everything the Office holds about you, across all events, and download a copy.
reg-your-data-link = Your personal data

# Remote participation
reg-attendance-mode = How will you attend?
reg-attendance-in_person = In person
reg-attendance-remote = Remotely
err-remote-not-offered = This event does not offer remote attendance.
reg-remote-title = Remote participation
reg-remote-hint = Links to follow the sessions remotely. Please do not share them: they are for confirmed participants only.
reg-remote-join = Join remotely
reg-detail-attendance = Attendance
