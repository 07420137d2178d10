//! Where an invitation is.

code_enum!(
    /// Where an invitation is. Delivery (sent, failed) is updated by the dispatcher.
    InvitationState {
        /// Created; its email is in the outbox.
        Queued => "queued",
        /// The mail server accepted the email.
        Sent => "sent",
        /// The email could not be delivered.
        Failed => "failed",
        /// The invitee opened the link.
        Opened => "opened",
        /// The invitee registered.
        Registered => "registered",
        /// The invitee declined.
        Declined => "declined",
        /// The link's time ran out.
        Expired => "expired",
        /// The organiser withdrew it.
        Revoked => "revoked",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(
            InvitationState::ALL,
            &["queued", "sent", "failed", "opened", "registered", "declined", "expired", "revoked"],
        );
    }
}
