# Calendars: downloads, feeds, timetable, programme calendar, import and change notices.

cal-download = Add to my calendar (.ics)
cal-timetable = Printable timetable
cal-timetable-title = Timetable: { $title }
cal-import-link = Import sessions from a calendar file
cal-changes-link = Notify participants of changes
cal-home-calendar = Programme calendar
cal-home-subscribe = Subscribe to these events (.ics)

cal-manage-title = Calendar
cal-feed-explain = Your personal calendar link lists every event you are registered for and keeps your calendar up to date. Keep it private; you can replace or stop it at any time.
cal-feed-issue = Get my personal calendar link (replaces any earlier one)
cal-feed-revoke = Stop my personal calendar link
cal-feed-title = Personal calendar link
cal-feed-once = Add this address to your calendar application as a subscription. It is shown only once: copy it now. Getting a new link stops this one.
cal-feed-url = Subscription address
cal-feed-revoked = Your personal calendar link no longer works.
cal-back-to-registration = Back to my registration

cal-programme-title = Programme calendar
cal-views = Calendar views
cal-view-month = Month
cal-view-list = List
cal-subscribe = Subscribe (.ics)
cal-previous = Previous
cal-next = Next
cal-err-month = Give a month as YYYY-MM, e.g. 2026-12.

cal-import-title = Import sessions from a calendar file
cal-import-explain = Upload an .ics file exported from another calendar tool, or paste its text. You will see the sessions it would create, and every entry left out with the reason, before anything is saved. Times without a time zone are read in the event's time zone ({ $zone }).
cal-import-file = Calendar file (.ics)
cal-import-paste = Or paste the file's text
cal-import-preview = Preview
cal-import-summary = { $sessions ->
    [one] One session would be created
   *[other] { $sessions } sessions would be created
}; { $problems ->
    [0] no entry is left out.
    [one] one entry is left out.
   *[other] { $problems } entries are left out.
}
cal-import-problems = Entries left out
cal-import-entry = Entry
cal-import-reason = Reason
cal-import-sessions = Sessions to create
cal-import-confirm = { $count ->
    [one] Create this session
   *[other] Create these { $count } sessions
}
cal-import-again = Choose another file
cal-err-utf8 = The file is not UTF-8 text.
cal-err-no-file = Choose a file or paste its text.
cal-import-not-calendar = This is not an iCalendar file (it must begin with BEGIN:VCALENDAR and be well formed).
cal-import-empty = The file holds no events.
cal-import-too-many = The file holds more than { $max } events; only the first ones were read.
cal-import-event-zone = The event's time zone is not valid; fix the event first.
cal-import-nothing = The file holds no session that can be imported.
cal-import-no-summary = No title (SUMMARY).
cal-import-title-long = The title is longer than { $max } characters.
cal-import-repeating = Repeating entries (RRULE, RDATE) are not imported; add each session on its own.
cal-import-cancelled = The entry is marked cancelled.
cal-import-no-start = No start time (DTSTART).
cal-import-no-end = No end time (DTEND or DURATION).
cal-import-all-day = An all-day entry is not a session.
cal-import-bad-time = Unreadable date or time: { $value }.
cal-import-bad-duration = Unreadable duration: { $value }.
cal-import-unknown-zone = Unknown time zone: { $zone }.
cal-import-time-gap = { $time } does not exist in { $zone } (the clocks change then).
cal-import-end-before-start = The end is not after the start.
cal-import-outside = Outside the event's dates ({ $date }).
cal-import-room-taken = The room is already booked then (for { $title }).
cal-import-several-days = The session ends on another day; split it into one session per day.

cal-changes-title = Changes to notify
cal-changes-last = Participants were last notified of revision { $revision } on { $when }; the event is now at revision { $current }.
cal-changes-no-baseline = No earlier notice is recorded for this event: the notice will carry the whole current schedule.
cal-changes-none = Participants already know everything: nothing has changed since the last notice.
cal-changes-list = What changed
cal-changes-unknown = The schedule as a whole will be sent.
cal-changes-recipients = { $count ->
    [0] No confirmed participant
    [one] One confirmed participant will be notified
   *[other] { $count } confirmed participants will be notified
}
cal-changes-send = { $count ->
    [0] Record the changes as notified
    [one] Send the update email
   *[other] Send { $count } update emails
}
cal-changes-sent = { $count ->
    [0] Nothing new to send.
    [one] One update email is on its way.
   *[other] { $count } update emails are on their way.
}
cal-notice-already-sent = These changes were already notified.
cal-change-cancelled = The event has been cancelled.
cal-change-dates = New dates: { $to } (previously { $from }).
cal-change-venue = New venue: { $to } (previously { $from }).
cal-change-added = New session: { $title }, { $when }.
cal-change-removed = Session removed: { $title }, { $when }.
cal-change-moved = { $title } changed: { $from } → { $to }.
cal-change-details = Other details of the event changed.
