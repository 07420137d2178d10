//! The kind of an event.

code_enum!(
    /// The kind of an event.
    EventKind {
        /// An intergovernmental meeting the office services.
        Meeting => "meeting",
        /// An invitation-based capacity-building workshop or seminar.
        Workshop => "workshop",
        /// A training course for nationals.
        TrainingCourse => "training_course",
        /// A regional or ministerial conference.
        Conference => "conference",
        /// A briefing (students, missions).
        Briefing => "briefing",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(EventKind::ALL, &["meeting", "workshop", "training_course", "conference", "briefing"]);
    }
}
