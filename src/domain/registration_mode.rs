//! Who may register for an event.

code_enum!(
    /// Who may register.
    RegistrationMode {
        /// Only invited people.
        Invitation => "invitation",
        /// Anyone with a verified email.
        Open => "open",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(RegistrationMode::ALL, &["invitation", "open"]);
    }
}
