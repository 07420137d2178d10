//! Events and their schedules: organiser pages, public pages, and the rules behind both.

pub mod clone;
pub mod handlers;
pub mod input;
pub mod rules;
pub mod shift;
pub mod views;

use crate::error::Error;

/// Parses a path id; anything that is not a positive number is simply not found.
pub fn parse_id(raw: &str) -> Result<i32, Error> {
    raw.parse::<i32>().ok().filter(|n| *n > 0).ok_or(Error::NotFound)
}
