# Convene — English messages: mail.
mailbox-title = Mailbox (development)
mailbox-hint = Every message Convene has queued, as it was or will be sent. Links in the text part can be opened directly.
mailbox-when = Queued
mailbox-to = To
mailbox-subject = Subject
mailbox-state = Delivery
mailbox-text = Plain text
mailbox-html = HTML
nav-mailbox = Mailbox
delivery-queued = queued
delivery-sending = sending
delivery-sent = sent
delivery-failed = failed
