//! `[privacy]`: how long participants' personal data is kept, what stays after, and the
//! data-protection notice shown on `/privacy` and on every registration form.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use super::ConfigError;
use crate::i18n::Lang;

/// The version of the notice built into Convene (its text is the `privacy-notice-*` messages).
pub const BUILTIN_NOTICE_VERSION: &str = "convene-2026-12";

/// Longest version name, as the registrations' column holds it.
const VERSION_MAX: usize = 64;

/// `[privacy]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacySettings {
    /// Months after an event's last day that its participants' personal data is kept (an
    /// event may set its own).
    pub retention_months: u32,
    /// Keep the issued lists of participants, official records, when the rest is erased.
    pub keep_issued_lists: bool,
    /// A folder with the office's own notice, one `<language>.txt` per language (`en.txt`
    /// required); empty for the notice built into Convene.
    pub notice_dir: String,
    /// The version of the notice in `notice_dir` (required with it).
    pub notice_version: String,
    /// The notice in force, read at start-up from the two keys above.
    #[serde(skip)]
    pub notice: Notice,
}

impl Default for PrivacySettings {
    fn default() -> Self {
        Self {
            retention_months: 24,
            keep_issued_lists: true,
            notice_dir: String::new(),
            notice_version: String::new(),
            notice: Notice::default(),
        }
    }
}

impl PrivacySettings {
    /// Checks the retention period and reads the notice, naming the key at fault.
    pub(super) fn validate(&mut self) -> Result<(), ConfigError> {
        let max_months = crate::events::input::MAX_RETENTION_MONTHS.unsigned_abs();
        if !(1..=max_months).contains(&self.retention_months) {
            return Err(ConfigError(format!("privacy.retention_months: must be between 1 and {max_months}")));
        }
        let dir = self.notice_dir.trim();
        let version = self.notice_version.trim();
        self.notice = match (dir.is_empty(), version.is_empty()) {
            (true, true) => Notice::default(),
            (true, false) => {
                return Err(ConfigError(
                    "privacy.notice_version: names the version of the notice in privacy.notice_dir; set both or neither"
                        .into(),
                ));
            }
            (false, true) => {
                return Err(ConfigError(
                    "privacy.notice_version: required with privacy.notice_dir (e.g. \"2027-01\"); change it whenever the text changes".into(),
                ));
            }
            (false, false) => Notice::read(Path::new(dir), version)?,
        };
        Ok(())
    }
}

/// The data-protection notice in force: its version and its text in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    version: String,
    /// The office's text per language code; `None`: the built-in text.
    texts: Option<Arc<BTreeMap<&'static str, String>>>,
}

impl Default for Notice {
    fn default() -> Self {
        Self { version: BUILTIN_NOTICE_VERSION.to_owned(), texts: None }
    }
}

impl Notice {
    /// Reads `<code>.txt` of every language from `dir`; English is required, a language
    /// without a file is shown the English text.
    pub fn read(dir: &Path, version: &str) -> Result<Self, ConfigError> {
        if version.chars().count() > VERSION_MAX || version.chars().any(char::is_control) {
            return Err(ConfigError(format!("privacy.notice_version: at most {VERSION_MAX} characters, on one line")));
        }
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            let path = dir.join(format!("{}.txt", lang.code()));
            match std::fs::read_to_string(&path) {
                Ok(text) if !text.trim().is_empty() => {
                    texts.insert(lang.code(), text.replace("\r\n", "\n"));
                }
                Ok(_) => {
                    return Err(ConfigError(format!("privacy.notice_dir: `{}` is empty", path.display())));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && lang != Lang::En => {}
                Err(e) => {
                    return Err(ConfigError(format!("privacy.notice_dir: cannot read `{}`: {e}", path.display())));
                }
            }
        }
        Ok(Self { version: version.to_owned(), texts: Some(Arc::new(texts)) })
    }

    /// The version registrations record.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The office's text in `lang` (English where it has none), or `None` for the built-in
    /// notice, which the pages take from the catalogue.
    pub fn text(&self, lang: Lang) -> Option<&str> {
        let texts = self.texts.as_ref()?;
        texts.get(lang.code()).or_else(|| texts.get(Lang::En.code())).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &str, version: &str) -> PrivacySettings {
        PrivacySettings { notice_dir: dir.into(), notice_version: version.into(), ..PrivacySettings::default() }
    }

    #[test]
    fn the_built_in_notice_is_the_default() {
        let mut s = settings("", "");
        s.validate().unwrap();
        assert_eq!(s.notice.version(), BUILTIN_NOTICE_VERSION);
        assert_eq!(s.notice.text(Lang::Fr), None);
    }

    #[test]
    fn an_office_notice_needs_its_version_and_english() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap().to_owned();
        assert!(settings(&path, "").validate().unwrap_err().0.starts_with("privacy.notice_version"));
        assert!(settings("", "2027-01").validate().unwrap_err().0.starts_with("privacy.notice_version"));
        let missing = settings(&path, "2027-01").validate().unwrap_err().0;
        assert!(missing.starts_with("privacy.notice_dir") && missing.contains("en.txt"), "{missing}");
        std::fs::write(dir.path().join("en.txt"), "# Who we are\r\nThe Office.\r\n").unwrap();
        std::fs::write(dir.path().join("fr.txt"), "Le Bureau.").unwrap();
        let mut s = settings(&path, "2027-01");
        s.validate().unwrap();
        assert_eq!(s.notice.version(), "2027-01");
        assert_eq!(s.notice.text(Lang::Fr), Some("Le Bureau."));
        assert_eq!(s.notice.text(Lang::Ar), Some("# Who we are\nThe Office.\n"));
        std::fs::write(dir.path().join("ru.txt"), " \n").unwrap();
        assert!(settings(&path, "2027-01").validate().unwrap_err().0.contains("ru.txt"));
        assert!(settings(&path, &"v".repeat(65)).validate().is_err());
    }
}
