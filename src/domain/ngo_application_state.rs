//! Where an NGO's application for accreditation to a meeting stands.

code_enum!(
    /// Where an NGO's application for accreditation stands.
    NgoApplicationState {
        /// Sent, the contact address not yet confirmed: the secretariat does not see it yet.
        Unverified => "unverified",
        /// Confirmed, awaiting the secretariat's decision.
        Pending => "pending",
        /// Accredited: its representatives were invited.
        Accredited => "accredited",
        /// Declined, with a reason.
        Declined => "declined",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(NgoApplicationState::ALL, &["unverified", "pending", "accredited", "declined"]);
    }
}
