//! Events and their schedules: organiser pages, public pages, and the rules behind both.

pub mod access;
pub mod agenda_items;
pub mod clone;
pub mod content;
pub mod handlers;
pub mod input;
pub mod queries;
pub mod rooms;
pub mod rules;
pub mod shift;
pub mod situation;
pub mod versions;
pub mod views;
