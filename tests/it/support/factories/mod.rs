//! Factories for the common setups, each through the app's own endpoints or the rules the
//! endpoints call, so a test shows only what it checks: signed-in staff, events (with
//! sessions, published), invitations and registrations, donors and their contributions.

pub mod donors;
pub mod events;
pub mod participants;
pub mod staff;
