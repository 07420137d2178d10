//! Dashboards: the organiser home (my events, what needs action) and the figures atop each
//! event's page. Read models over several capabilities, so they live above them: nothing below
//! the web layer imports this module.

pub mod event;
pub mod figures;
pub mod handlers;
pub mod home;
pub mod views;

pub use event::{EventDashboard, event_dashboard};
pub use home::{Home, home};
