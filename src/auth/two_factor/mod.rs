//! Two-factor sign-in (TOTP, RFC 6238) for password sign-in: enrolment confirmed by a first code
//! with ten one-time recovery codes, the code asked after the right password (a pending row,
//! not a session), a forced enrolment for admins when `security.require_2fa_for_admins` is on,
//! and resets by an admin or the command line. Single sign-on and emailed links skip it.

pub mod codes;
pub mod enrolment;
pub mod handlers;
pub mod sign_in;
pub mod views;

pub use enrolment::{TwoFactorStatus, is_on};
pub(crate) use sign_in::open_pending;
pub use sign_in::{PENDING_MINUTES, Pending};
