//! How precisely an event's dates are known.

code_enum!(
    /// How precisely an event's dates are known.
    DatePrecision {
        /// Exact days.
        Day => "day",
        /// Only the month (planned events).
        Month => "month",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(DatePrecision::ALL, &["day", "month"]);
    }
}
