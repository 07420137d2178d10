//! Test tools shared by the modules: a headless browser driver and an independent
//! iCalendar validator.

pub mod chromium;
pub mod ics;
