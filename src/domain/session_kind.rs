//! The kind of a session in a schedule.

code_enum!(
    /// The kind of a session in a schedule.
    SessionKind {
        /// Plenary meeting.
        Plenary => "plenary",
        /// Working group or breakout.
        WorkingGroup => "working_group",
        /// Side event.
        SideEvent => "side_event",
        /// Field or site visit.
        FieldVisit => "field_visit",
        /// Break or meal.
        Break => "break",
        /// Anything else.
        Other => "other",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(SessionKind::ALL, &["plenary", "working_group", "side_event", "field_visit", "break", "other"]);
    }
}
