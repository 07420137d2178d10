//! How the check-in desk found the person.

code_enum!(
    /// How the desk found the person.
    ScanMethod {
        /// The QR code read by a camera or a scanner.
        Qr => "qr",
        /// The check-in code typed in.
        Typed => "typed",
        /// Found by name, State or organisation.
        Search => "search",
        /// Registered on the spot.
        WalkIn => "walk_in",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(ScanMethod::ALL, &["qr", "typed", "search", "walk_in"]);
    }
}
