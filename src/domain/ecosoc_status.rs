//! An NGO's consultative status with the Economic and Social Council (ECOSOC).

code_enum!(
    /// An NGO's consultative status with ECOSOC.
    EcosocStatus {
        /// General consultative status.
        General => "general",
        /// Special consultative status.
        Special => "special",
        /// On the Roster.
        Roster => "roster",
        /// No consultative status.
        None => "none",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(EcosocStatus::ALL, &["general", "special", "roster", "none"]);
    }

    #[test]
    fn a_form_value_parses_or_names_its_problem() {
        assert_eq!("special".parse::<EcosocStatus>().ok(), Some(EcosocStatus::Special));
        assert_eq!("observer".parse::<EcosocStatus>().err().map(|m| m.key), Some("err-choice"));
        assert_eq!(" ".parse::<EcosocStatus>().err().map(|m| m.key), Some("err-required"));
    }
}
