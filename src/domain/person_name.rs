//! How a person's name is written everywhere (emails, lists, badges, certificates).

use std::fmt;

/// A person's name as the office writes it: "Ms. Amina Diallo", with the title in front
/// only when one is known; `to_string()` gives the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonName<'a> {
    title: Option<&'a str>,
    given: &'a str,
    family: &'a str,
}

impl<'a> PersonName<'a> {
    /// Given and family name: "Amina Diallo".
    pub fn new(given: &'a str, family: &'a str) -> Self {
        Self { title: None, given, family }
    }

    /// With the title in front when there is one: "Ms. Amina Diallo" (an empty title is none).
    pub fn titled(title: Option<&'a str>, given: &'a str, family: &'a str) -> Self {
        Self { title: title.filter(|t| !t.is_empty()), given, family }
    }
}

impl fmt::Display for PersonName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(title) = self.title {
            write!(f, "{title} ")?;
        }
        write!(f, "{} {}", self.given, self.family)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_goes_first_when_there_is_one() {
        assert_eq!(PersonName::new("Amina", "DIALLO").to_string(), "Amina DIALLO");
        assert_eq!(PersonName::titled(Some("Ms."), "Amina", "DIALLO").to_string(), "Ms. Amina DIALLO");
        assert_eq!(PersonName::titled(Some(""), "Amina", "Diallo").to_string(), "Amina Diallo");
        assert_eq!(PersonName::titled(None, "Amina", "Diallo").to_string(), "Amina Diallo");
    }
}
