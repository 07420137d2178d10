# Convene — English messages: emails (the emails crate, one group per message).
# Keep each text on one line: a line break inside a Fluent text is a line break in the email
# (a selector's variants may each have their own line).

## Shared by every message

# Between a label and its value ("Venue: Lomé, Togo"), and between a subject's heading and the
# event title ("Invitation: Regional Workshop…"). Quoted so that the spaces around it are kept.
email-colon = {": "}
# The greeting, with the recipient's name.
email-greeting-named = Dear { $name },
# The greeting when the recipient's name is not known.
email-greeting = Hello,
# Labels of the event block (title, dates, venue, link to the event's page).
email-event-dates = Dates
email-event-place = Venue
email-event-page = Event page
# Under each button, for mail programs that do not show it.
email-button-fallback = If the button does not work, copy this address into your browser:
# The link to a participant's own registration, and the word on keeping it private.
email-manage-registration = Manage my registration
email-manage-registration-note = Please keep this message and do not forward it: the link gives access to your registration.
# The closing, then the signature on the next line.
email-sign-off-closing = Yours sincerely,
email-sign-off-signature = The secretariat

## invitation: a personal invitation, with a link to register or decline

email-invitation-heading = Invitation
# $role is the capacity in which the person is invited.
email-invitation-intro = The secretariat has the honour to invite you to take part in the event below in the capacity of { $role ->
        [delegate] delegate
        [head_of_delegation] head of delegation
        [observer] observer
        [expert] expert or resource person
        [trainer] trainer
        [trainee] trainee
       *[staff] staff member
    }.
email-invitation-deadline = Deadline for reply
email-invitation-how = To register, or to decline the invitation, please use the link below.
email-invitation-button = Register or decline
email-invitation-personal = This invitation is personal: please do not forward this message, as the link is reserved for you.

## nomination_request: asks a State's focal point to nominate participants

email-nomination-request-heading = Request for nominations
email-nomination-request-intro = The secretariat has the honour to write to you in your capacity as focal point, and to invite your Government to nominate participants for the event below and to name the head of delegation.
email-nomination-request-country = Country
email-nomination-request-seats-label = Number of participants
# How many participants the State may nominate: exactly one, or at most $seats.
email-nomination-request-seats = { $seats ->
        [1] { $seats }
       *[other] up to { $seats }
    }
email-nomination-request-deadline = Deadline for nominations
email-nomination-request-how = Please submit the nominations using the link below. The note verbale from your permanent mission confirming the composition of the delegation may be attached on the same page.
email-nomination-request-button = Submit nominations
email-nomination-request-personal = This link is reserved for your country's nominations: please share it only with the colleagues responsible for them.

## registration_received: the registration awaits accreditation by the secretariat

email-registration-received-heading = Registration received
email-registration-received-thanks = Thank you for registering for the event below.
email-registration-received-pending = Your registration is pending: the secretariat will review it for accreditation and will inform you of its decision by email.
email-registration-received-manage = You can view your registration, or cancel it, using the link below.

## registration_confirmed: approved by the secretariat, or confirmed at once (no approval step)

email-registration-confirmed-heading = Registration confirmed
# When the event has an approval step.
email-registration-confirmed-approved = The secretariat is pleased to confirm that your registration for the event below has been approved.
# When the event has no approval step: nothing speaks of approval.
email-registration-confirmed-confirmed = Your registration for the event below is confirmed.
email-registration-confirmed-welcome = We look forward to your participation.
email-registration-confirmed-cancel = If you are unable to attend after all, please cancel your registration using the link below, so that your place can be offered to someone else.
email-registration-confirmed-checkin = At the entrance, show your check-in code (a QR code) on your phone or printed. It is also on the page of your registration.
email-registration-confirmed-checkin-link = My check-in code

## registration_waitlisted: the event is full, the registration is on the waiting list

email-registration-waitlisted-heading = Waiting list
email-registration-waitlisted-thanks = Thank you for registering for the event below.
# $position is the place on the waiting list, from 1.
email-registration-waitlisted-position = All places are currently taken, and your registration has been placed on the waiting list in position { $position }.
email-registration-waitlisted-offer = If a place becomes available for you, we will offer it to you by email; you will then have a limited time to accept it.
email-registration-waitlisted-withdraw = If you no longer wish to attend, you can withdraw your registration using the link below.

## seat_offered: a place freed up, to accept before a deadline

email-seat-offered-heading = Place available
email-seat-offered-offered = A place has become available at the event below, and it is offered to you as the next person on the waiting list.
email-seat-offered-deadline = Deadline to accept
email-seat-offered-how = To take the place, please accept it using the link below before this deadline. After that, it will be offered to the next person on the list.
email-seat-offered-button = Accept the place
email-seat-offered-no-action = If you no longer wish to attend, no action is needed.

## registration_declined: the secretariat could not accept the registration

email-registration-declined-heading = Registration not accepted
email-registration-declined-declined = The secretariat regrets to inform you that it was unable to accept your registration for the event below.
email-registration-declined-reason = Reason
email-registration-declined-questions = Should you have any questions, please contact the secretariat.

## registration_cancelled: confirms a cancellation

email-registration-cancelled-heading = Registration cancelled
email-registration-cancelled-cancelled = This is to confirm that your registration for the event below has been cancelled and that your place has been released.
email-registration-cancelled-mistake = If this cancellation was made in error, please contact the secretariat.

## schedule_changed: the event's dates, venue or schedule changed (the list of changes follows the intro), or it was cancelled

email-schedule-changed-heading = Programme updated
email-schedule-changed-intro = The secretariat has made the following changes to the event below.
email-schedule-changed-attachment = The attached calendar file updates the entry in your calendar; please open it if your mail program does not do so by itself.
email-schedule-changed-cancelled-heading = Event cancelled
email-schedule-changed-cancelled-intro = The secretariat regrets to inform you that the event below has been cancelled.
email-schedule-changed-cancelled-attachment = The attached calendar file removes the event from your calendar.

## email_verification: confirm an email address to continue an open registration

email-verification-heading = Confirm your email address
email-verification-ask = To continue your registration for the event below, please confirm your email address using the link below.
email-verification-button = Confirm my email address
email-verification-ignore = If you did not request this, you can ignore this message: no registration will be made.

## event_reminder: the event a participant is confirmed for starts in a few days

email-event-reminder-heading = Reminder
# $days is the number of whole days until the event starts (1 = tomorrow).
email-event-reminder-soon = { $days ->
        [1] This is a reminder that the event below, for which your registration is confirmed, starts tomorrow.
       *[other] This is a reminder that the event below, for which your registration is confirmed, starts in { $days } days.
    }
email-event-reminder-details = The programme and practical information are on the event's page.
email-event-reminder-changes = To update your details or cancel your registration, please use the link in your confirmation email. If you can no longer attend, cancelling frees your place for someone on the waiting list.

## certificate_issued: a certificate of attendance is ready to download

email-certificate-issued-heading = Certificate of attendance
email-certificate-issued-issued = Thank you for taking part in the event below. The secretariat has issued your certificate of attendance.
email-certificate-issued-days-label = Attendance
# Days attended out of the event's days, e.g. "4 of 5 days".
email-certificate-issued-days = { $attended } of { $total } { $total ->
        [one] day
       *[other] days
    }
email-certificate-issued-code-label = Verification code
email-certificate-issued-keep = Anyone to whom you show the certificate can check it on our website with its verification code. Please keep this email: the link below is personal.
email-certificate-issued-link = Download my certificate (PDF)

## donor_sign_in: a donor contact's one-time link to the donor portal

email-donor-sign-in-heading = Your link to the donor portal
email-donor-sign-in-ask = Use the link below to see the activities your contributions fund and their results.
email-donor-sign-in-button = Open the donor portal
# $minutes is how long the link stays valid.
email-donor-sign-in-expiry = The link works once, for { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }. Please do not forward it.
email-donor-sign-in-ignore = If you did not ask for it, you can ignore this message.

## donor_report: a donor contact's quarterly report is ready

email-donor-report-heading = Your quarterly donor report
# $quarter is e.g. "2026-Q3"; $activities is how many events the donor's contributions fund.
email-donor-report-body = The report for { $quarter } on the { $activities ->
        [one] activity
       *[other] { $activities } activities
    } your contributions fund is ready: events held, States and participants reached, and money allocated and spent. It can be printed or downloaded as PDF, CSV or XLSX.
email-donor-report-button = See the report
# $days is how long the link stays valid.
email-donor-report-expiry = The link works once, for { $days } { $days ->
        [one] day
       *[other] days
    }; afterwards, ask for a new link on the donor portal's sign-in page.

# Side events of a meeting
email-side-event-title = Side event
email-side-event-room = Room
email-side-event-when = Date and time
email-side-event-request-heading = Confirm your request for a side event
email-side-event-request-ask = Thank you for your request. Please confirm it using the link below: only confirmed requests reach the secretariat.
email-side-event-request-button = Confirm my request
email-side-event-request-ignore = If you did not send this request, you can ignore this message: nothing will be done.
email-side-event-approved-heading = Your side event is approved
email-side-event-approved = The secretariat has approved your side event and allocated the room and time below. It now appears on the programme of side events.
email-side-event-programme-button = See the programme of side events
email-side-event-declined-heading = Your side event request was declined
email-side-event-declined = The secretariat could not approve your side event.
# An NGO's application for accreditation
email-ngo-verify-heading = Confirm your organisation's contact address
email-ngo-verify-ask = To send the application of { $organisation } for accreditation to the meeting below, please confirm this contact address using the link below.
email-ngo-verify-button = Confirm and send the application
email-ngo-verify-ignore = If you did not apply, you can ignore this message: no application will be sent.
email-ngo-accredited-heading = Your organisation is accredited
email-ngo-accredited-body = The secretariat has accredited { $organisation } to the meeting below. Each of your { $count } representatives receives a personal invitation by email to register.
email-ngo-declined-heading = Your application for accreditation
email-ngo-declined-body = The secretariat could not accredit { $organisation } to the meeting below.
email-ngo-declined-reason = Reason
