//! Where a request for a side event stands.

code_enum!(
    /// Where a request for a side event stands.
    SideEventState {
        /// Sent, its email address not yet confirmed: the secretariat does not see it.
        Unconfirmed => "unconfirmed",
        /// Confirmed by its link, awaiting the secretariat's decision.
        Pending => "pending",
        /// Approved, with a room and a time: on the programme.
        Approved => "approved",
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
        assert_codes(SideEventState::ALL, &["unconfirmed", "pending", "approved", "declined"]);
    }
}
