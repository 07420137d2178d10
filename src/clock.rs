//! The injectable clock: UTC inside; tests can pin time.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, Utc};

/// Where "now" comes from.
#[derive(Clone, Default)]
pub struct Clock {
    fixed: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock stopped at `at`, movable with [`Clock::set`].
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self { fixed: Some(Arc::new(Mutex::new(at))) }
    }

    /// Moves a fixed clock; does nothing on the system clock.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(fixed) = &self.fixed
            && let Ok(mut guard) = fixed.lock()
        {
            *guard = at;
        }
    }

    /// The current instant in UTC.
    pub fn now(&self) -> DateTime<Utc> {
        match &self.fixed {
            Some(fixed) => fixed.lock().map(|g| *g).unwrap_or_else(|e| *e.into_inner()),
            None => Utc::now(),
        }
    }

    /// Today's date in UTC.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}
