//! Every user-facing string comes from the one Fluent catalogue of the `locale` crate
//! (`locales/<code>/*.ftl`, built into the binary), which the emails share: this module
//! re-exports its language and translator, and formats dates for the reader's language.

pub mod format;

pub use locale::{Lang, Tr};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the pages, rules and emails ask for by name is in the English catalogue
    /// (the `locale` crate's tests then demand it in every language).
    #[test]
    fn every_key_used_in_the_code_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut stack = vec![root.join("src"), root.join("emails/src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for pat in [".t(\"", ".ta(\"", "Msg::new(\""] {
                    for piece in text.split(pat).skip(1) {
                        let key: String = piece.chars().take_while(|c| *c != '"').collect();
                        if !key.is_empty() && !key.contains('{') && !Tr(Lang::En).has(&key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not in the English catalogue: {missing:#?}");
    }
}
