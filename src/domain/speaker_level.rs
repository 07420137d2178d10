//! The protocol level of a speaker, which orders a list of speakers.

code_enum!(
    /// The protocol level of a speaker, highest first.
    SpeakerLevel {
        /// Head of State or Government.
        HeadOfState => "head_of_state",
        /// Minister (or vice-minister).
        Minister => "minister",
        /// Head of delegation.
        HeadOfDelegation => "head_of_delegation",
        /// Any other representative.
        Other => "other",
    }
);

impl SpeakerLevel {
    /// The level's rank in the order of speakers, 0 first.
    pub fn rank(self) -> u8 {
        match self {
            Self::HeadOfState => 0,
            Self::Minister => 1,
            Self::HeadOfDelegation => 2,
            Self::Other => 3,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(SpeakerLevel::ALL, &["head_of_state", "minister", "head_of_delegation", "other"]);
    }

    #[test]
    fn ranks_follow_protocol() {
        let ranks: Vec<u8> = SpeakerLevel::ALL.iter().map(|l| l.rank()).collect();
        assert_eq!(ranks, [0, 1, 2, 3]);
    }
}
