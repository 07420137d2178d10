//! Who takes the floor on a list of speakers: a State, or an observer (an observer State or an
//! organisation), who speaks after the States.

code_enum!(
    /// Who takes the floor on a list of speakers.
    SpeakerKind {
        /// A State (member or party), named by its code.
        State => "state",
        /// An observer State or an organisation, named in words; speaks after the States.
        Observer => "observer",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(SpeakerKind::ALL, &["state", "observer"]);
    }
}
