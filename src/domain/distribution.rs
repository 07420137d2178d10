//! Who may read an official document: anyone (general, limited), or only the meeting's staff
//! and confirmed participants (restricted).

code_enum!(
    /// The distribution of an official document.
    Distribution {
        /// For everyone; listed on the meeting's public page.
        General => "general",
        /// Limited distribution (drafts, working papers); still listed publicly.
        Limited => "limited",
        /// Restricted: only the meeting's staff and its confirmed participants.
        Restricted => "restricted",
    }
);

impl Distribution {
    /// Whether anyone may list and read a document of this distribution.
    pub fn is_public(self) -> bool {
        self != Self::Restricted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(Distribution::ALL, &["general", "limited", "restricted"]);
        assert!(Distribution::Limited.is_public() && !Distribution::Restricted.is_public());
    }
}
