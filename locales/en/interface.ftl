# The design system: the site header, navigation, page headers and shared pieces.
site-office = United Nations Office for Disarmament Affairs
nav-menu = Menu
nav-donors = Donors
nav-funding = Funding
nav-breadcrumbs = Breadcrumb
tab-overview = Overview

## Empty states: what is missing, then what to do next
empty-public-events-next = See past and planned events in the calendar.
empty-events = No event matches.
empty-events-next = Create a new event, or clear the filters.
empty-schedule-next = Add the first session with the form below.
empty-registrations = No registration matches.
empty-registrations-next = Invite people from the Invitations section, or register someone by hand.
reg-action = Action
empty-invitations = No invitation matches.
empty-invitations-next = Invite someone, import a list or copy people from an earlier event.
empty-delegations = No State has been invited to send a delegation yet.
empty-delegations-next = Invite a State with the form below.
empty-donors = No donor is recorded yet.
empty-donors-next = Record the first donor with the form below.
empty-contacts-next = Add a contact with the form below: contacts sign in to the donor portal.
empty-contributions-next = Record a contribution with the form below.
empty-sources-next = Allocate part of a contribution with the form below, or leave the event on the regular budget.
empty-audit = Nothing has been recorded yet.
empty-mailbox = No message has been queued yet.
mailbox-messages = Messages
mailbox-retrying-caption = Messages being tried again
empty-reminders-next = Reminders go to confirmed participants: see the registrations.
empty-report-next = Widen the dates, or choose another programme or unit.
empty-certificates-next = Certificates follow confirmed registrations: review the registrations first.
