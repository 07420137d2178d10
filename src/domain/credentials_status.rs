//! Where a delegation's credentials stand.

code_enum!(
    /// Where a delegation's credentials stand, from nothing received to examined and in order.
    CredentialsStatus {
        /// Nothing received yet.
        None => "none",
        /// A copy (scan, fax, email) received; the original is still awaited.
        CopyReceived => "copy_received",
        /// The original, signed by the Head of State or Government or the Minister for Foreign
        /// Affairs, received by the secretariat.
        OriginalReceived => "original_received",
        /// Examined and found in order.
        InOrder => "in_order",
    }
);

impl CredentialsStatus {
    /// Whether these are formal credentials (the original is with the secretariat).
    pub fn is_formal(self) -> bool {
        matches!(self, Self::OriginalReceived | Self::InOrder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(CredentialsStatus::ALL, &["none", "copy_received", "original_received", "in_order"]);
        assert!(CredentialsStatus::InOrder.is_formal() && !CredentialsStatus::CopyReceived.is_formal());
    }
}
