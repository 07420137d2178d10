//! Where a registration is.

code_enum!(
    /// Where a registration is.
    RegistrationState {
        /// Holds a seat, waiting for the secretariat's approval (accreditation).
        Pending => "pending",
        /// Holds a seat.
        Confirmed => "confirmed",
        /// In line for a seat.
        Waitlisted => "waitlisted",
        /// Offered a freed seat, held until the offer expires.
        Offered => "offered",
        /// Not accepted by the secretariat.
        Rejected => "rejected",
        /// Cancelled by the person or the organiser.
        Cancelled => "cancelled",
        /// A seat offer ran out unanswered.
        Lapsed => "lapsed",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(
            RegistrationState::ALL,
            &["pending", "confirmed", "waitlisted", "offered", "rejected", "cancelled", "lapsed"],
        );
    }
}
