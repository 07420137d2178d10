//! What a scan at the check-in desk records.

code_enum!(
    /// What a scan at the check-in desk records.
    ScanDirection {
        /// The person came in.
        Entry => "entry",
        /// The person left.
        Exit => "exit",
        /// Takes an earlier scan back (the log keeps both).
        Undo => "undo",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(ScanDirection::ALL, &["entry", "exit", "undo"]);
    }
}
