//! Where an outgoing email is in the outbox.

code_enum!(
    /// Where an outgoing email is in the outbox.
    OutboxState {
        /// Waiting to be sent (first try or retry).
        Queued => "queued",
        /// Claimed by a dispatcher.
        Sending => "sending",
        /// Accepted by the mail server.
        Sent => "sent",
        /// Given up: permanent refusal or too many attempts.
        Failed => "failed",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(OutboxState::ALL, &["queued", "sending", "sent", "failed"]);
    }
}
