//! A staff account's role.

code_enum!(
    /// A staff role.
    Role {
        /// Everything.
        Admin => "admin",
        /// Events of assigned programmes.
        Organiser => "organiser",
        /// Only the check-in desk of one event.
        CheckIn => "checkin",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(Role::ALL, &["admin", "organiser", "checkin"]);
    }
}
