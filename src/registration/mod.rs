//! Registration: through an invitation link or, for open events, after verifying an email
//! address; seats, approval, the waiting list and its time-limited offers; the private manage
//! link; and the organiser's registration list.

pub mod handlers;
pub mod input;
pub mod list;
pub mod offers;
pub mod relink;
pub mod rules;
pub mod views;
