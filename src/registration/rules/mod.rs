//! Rules of registration: seats taken by conditional update (capacity is never exceeded),
//! one registration per person and event, approval, the waiting list with time-limited offers,
//! and every email written to the outbox in the same transaction as the change.

mod common;
mod context;
mod detail;
mod invitation;
mod letters;
mod manage;
mod notices;
mod organiser;
mod register;
mod seats;
mod store;
mod verification;
mod waitlist;

pub use common::{Registered, Source, end_of_event};
pub(in crate::registration) use common::{gone, is_active, participant};
pub use context::offer_window;
pub use detail::{RegistrationDetail, SentEmail, registration_detail};
pub use invitation::{InvitationView, decline_invitation, open_invitation, usable_invitation};
pub(in crate::registration) use letters::{Addressee, Mailing, Notice, compose, waitlist_position};
pub use manage::{Managed, accept_offer, cancel_own, managed, update_own};
pub use organiser::{Move, add_manually, move_registrations};
pub use register::register;
pub use store::{Announce, NewRegistration, NotWritten, Writer, Written};
pub use verification::{request_verification, usable_verification};
pub(in crate::registration) use verification::{verification, verified_person};
pub use waitlist::expire_offers;
