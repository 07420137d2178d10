//! The kinds of change a webhook endpoint can be sent, and where a delivery stands.

code_enum!(
    /// A kind of change posted to webhook endpoints (its code is the `type` of the posted body).
    WebhookKind {
        /// An invited person answered (registered or declined).
        InvitationAnswered => "invitation.answered",
        /// A registration was made.
        RegistrationCreated => "registration.created",
        /// A registration's state or details changed.
        RegistrationChanged => "registration.changed",
        /// A participant was checked in at the desk.
        CheckIn => "check_in",
        /// A certificate of attendance was issued.
        CertificateIssued => "certificate.issued",
        /// An event was published.
        EventPublished => "event.published",
        /// A published event's details changed.
        EventChanged => "event.changed",
        /// An event was cancelled.
        EventCancelled => "event.cancelled",
    }
);

code_enum!(
    /// Where one delivery to a webhook endpoint stands.
    WebhookDeliveryState {
        /// Waiting to be posted (first try or retry).
        Queued => "queued",
        /// Claimed by a dispatcher.
        Sending => "sending",
        /// The endpoint answered 2xx.
        Delivered => "delivered",
        /// Given up: too many attempts, or the address is not allowed.
        Failed => "failed",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(
            WebhookKind::ALL,
            &[
                "invitation.answered",
                "registration.created",
                "registration.changed",
                "check_in",
                "certificate.issued",
                "event.published",
                "event.changed",
                "event.cancelled",
            ],
        );
        assert_codes(WebhookDeliveryState::ALL, &["queued", "sending", "delivered", "failed"]);
    }
}
