//! Staff accounts: passwords, sessions (listed and ended by their owner), one-time sign-in
//! links, single sign-on ([`oidc`]), API tokens with scopes and an expiry, roles (the admin's
//! pages over them are in [`crate::admin`]).

pub mod account;
pub mod account_views;
pub mod handlers;
pub mod oidc;
pub mod passwords;
pub mod rules;
pub mod scopes;
pub mod tokens;
pub mod two_factor;
pub mod views;

use crate::domain::Role;

/// A signed-in staff member, as the rest of the service sees them.
#[derive(Debug, Clone)]
pub struct StaffUser {
    /// Account id.
    pub id: i32,
    /// Sign-in address.
    pub email: String,
    /// Name shown in the interface.
    pub display_name: String,
    /// Admin or organiser.
    pub role: Role,
    /// Programme codes an organiser may manage.
    pub programmes: Vec<String>,
    /// False until the person sets a password (after a sign-in link).
    pub has_password: bool,
    /// The one event a check-in staff account works for.
    pub checkin_event: Option<i32>,
}

impl StaffUser {
    /// Admins may do everything.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Check-in staff may reach only the check-in desk of their one event.
    pub fn is_checkin_only(&self) -> bool {
        self.role == Role::CheckIn
    }

    /// Whether this person may manage events of `programme`.
    pub fn can_manage(&self, programme: &str) -> bool {
        self.is_admin() || (self.role == Role::Organiser && self.programmes.iter().any(|p| p == programme))
    }
}
