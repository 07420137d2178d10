//! Gender, as a person states it.

code_enum!(
    /// Gender, as the person states it (reported only in aggregate).
    Gender {
        /// Woman.
        Woman => "woman",
        /// Man.
        Man => "man",
        /// Another gender.
        Another => "another",
        /// Prefers not to say.
        Undisclosed => "undisclosed",
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(Gender::ALL, &["woman", "man", "another", "undisclosed"]);
    }
}
