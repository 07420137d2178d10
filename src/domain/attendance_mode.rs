//! How a participant attends an event that offers remote participation.

code_enum!(
    /// How a participant attends.
    AttendanceMode {
        /// In the room (the only mode of events without remote participation).
        InPerson => "in_person",
        /// Through the sessions' remote links.
        Remote => "remote",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(AttendanceMode::ALL, &["in_person", "remote"]);
    }
}
