//! When a delegation's statement appears on the meeting's public page.

code_enum!(
    /// When a statement is published.
    StatementPublication {
        /// Once the delegation's speaker is marked as having spoken on the item.
        AfterSpeaking => "after_speaking",
        /// At the time the delegation chose.
        AtTime => "at_time",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(StatementPublication::ALL, &["after_speaking", "at_time"]);
    }
}
