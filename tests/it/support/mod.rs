//! Test tools shared by the modules: a headless browser driver and independent readers of
//! what the service writes (iCalendar files, PDFs).

pub mod chromium;
pub mod ics;
pub mod pdf;
