//! Where an inscription on a list of speakers stands.

code_enum!(
    /// Where an inscription on a list of speakers stands.
    InscriptionState {
        /// Inscribed, not yet heard.
        Inscribed => "inscribed",
        /// Has spoken.
        Spoke => "spoke",
        /// Withdrawn; keeps its row, loses its turn.
        Withdrawn => "withdrawn",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(InscriptionState::ALL, &["inscribed", "spoke", "withdrawn"]);
    }
}
