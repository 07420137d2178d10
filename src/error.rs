//! The rules' error type. Rules never see HTTP; `web::errors` maps each variant once to an
//! HTML page or a JSON body.

use sea_orm::DbErr;

/// A message from the catalog, translated where it is shown.
pub use locale::Msg;

/// One invalid field: its form/JSON name and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name as in the form and the API.
    pub field: &'static str,
    /// The explanation.
    pub message: Msg,
}

/// The invalid fields of one input, in form order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that `field` is invalid.
    pub fn add(&mut self, field: &'static str, message: Msg) {
        self.0.push(FieldError { field, message });
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, if any.
    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.message)
    }

    /// `Ok(value)` when empty, otherwise the errors.
    pub fn into_result<T>(self, value: T) -> Result<T, Error> {
        if self.is_empty() { Ok(value) } else { Err(Error::Invalid(self)) }
    }

    /// Helper for a single-field error.
    pub fn single(field: &'static str, message: Msg) -> Error {
        let mut errors = Self::new();
        errors.add(field, message);
        Error::Invalid(errors)
    }

    /// Helper for a single field that clashes with what is recorded.
    pub fn clash(field: &'static str, message: Msg) -> Error {
        let mut errors = Self::new();
        errors.add(field, message);
        Error::Clash(errors)
    }
}

/// What a rule can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The thing does not exist (or is not visible to this person).
    #[error("not found")]
    NotFound,
    /// The person is known but lacks the right.
    #[error("forbidden")]
    Forbidden,
    /// Nobody is signed in.
    #[error("sign-in required")]
    Unauthenticated,
    /// A form or API request failed the CSRF check.
    #[error("CSRF check failed")]
    Csrf,
    /// Input failed validation; nothing was changed.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// The request conflicts with the current state (e.g. editing a cancelled event).
    #[error("conflict: {0:?}")]
    Conflict(Msg),
    /// Well-formed input that clashes with what is recorded (a name already taken, a session
    /// outside the event's dates); names the fields like [`Error::Invalid`], nothing changed.
    #[error("clash: {0:?}")]
    Clash(FieldErrors),
    /// A link is expired, used, revoked or unknown.
    #[error("link no longer valid")]
    Gone(Msg),
    /// Too many attempts; try again later.
    #[error("throttled")]
    Throttled(Msg),
    /// A database failure.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// Any other unexpected failure.
    #[error("internal: {0}")]
    Internal(String),
}

/// Result of a rule.
pub type Result<T, E = Error> = std::result::Result<T, E>;
