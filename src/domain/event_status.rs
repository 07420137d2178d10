//! Where an event is in its life.

code_enum!(
    /// Where an event is in its life.
    EventStatus {
        /// Being prepared; invisible to the public.
        Draft => "draft",
        /// Announced.
        Published => "published",
        /// Called off; stays visible with a notice.
        Cancelled => "cancelled",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(EventStatus::ALL, &["draft", "published", "cancelled"]);
    }
}
