//! Whom an invitation is for.

code_enum!(
    /// Whom an invitation is for.
    InvitationKind {
        /// A named person, who registers.
        Personal => "personal",
        /// A State's focal point, who nominates the delegation.
        Nomination => "nomination",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(InvitationKind::ALL, &["personal", "nomination"]);
    }
}
