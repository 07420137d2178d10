//! What every registration rule shares: where a registration comes from, what it became, the
//! parts of a registration through an invitation, and whether an event takes registrations now.

use chrono::{DateTime, Utc};

use crate::audit::Actor;
use crate::auth::StaffUser;
use crate::domain::{EventStatus, ParticipantRole, RegistrationState};
use crate::entities::{event, invitation, person, registration};
use crate::error::{Error, Msg, Result};
use crate::i18n::Lang;
use crate::registration::input::ByHand;

/// Kept with the events' calendar; registration links expire with it.
pub use crate::events::situation::end_of_event;

/// Where a registration comes from.
#[derive(Debug, Clone)]
pub enum Source<'a> {
    /// The link of a personal invitation.
    Invitation(&'a str),
    /// The link of an email verification (open registration).
    Verification(&'a str),
    /// An organiser registering someone.
    Organiser(&'a StaffUser, i32, ByHand),
}

/// The outcome of a registration: the row and its new manage-link token.
#[derive(Debug, Clone)]
pub struct Registered {
    /// The registration.
    pub registration: registration::Model,
    /// The private manage-link token (only its hash is stored); empty when nothing was
    /// created, as the link already emailed stays the one that works.
    pub manage_token: String,
    /// False when the person was already registered (nothing new was created or changed).
    pub created: bool,
}

pub(in crate::registration) fn participant() -> Actor {
    Actor { user_id: None, label: "participant".to_owned() }
}

pub(in crate::registration) fn gone() -> Error {
    Error::Gone(Msg::new("err-link-invalid"))
}

pub(in crate::registration) fn is_active(state: RegistrationState) -> bool {
    matches!(
        state,
        RegistrationState::Pending
            | RegistrationState::Confirmed
            | RegistrationState::Waitlisted
            | RegistrationState::Offered
    )
}

/// Checks that an event takes registrations now.
pub(super) fn check_open(e: &event::Model, now: DateTime<Utc>) -> Result<()> {
    if e.status != EventStatus::Published {
        return Err(Error::Conflict(Msg::new("err-registration-not-open")));
    }
    if e.registration_opens_at.is_some_and(|t| now < t) {
        return Err(Error::Conflict(Msg::new("err-registration-not-yet")));
    }
    if e.registration_closes_at.is_some_and(|t| now >= t) || end_of_event(e) < now {
        return Err(Error::Conflict(Msg::new("err-registration-closed")));
    }
    Ok(())
}

/// The audited part of a registration: its state, never the person's details.
#[derive(serde::Serialize)]
pub(super) struct StateSnapshot {
    pub(super) state: RegistrationState,
    pub(super) holds_seat: bool,
}

pub(super) fn state_only(r: &registration::Model) -> StateSnapshot {
    StateSnapshot { state: r.state, holds_seat: r.holds_seat }
}

/// The name of the clause that inserts a registration, in its one PostgreSQL statement.
pub(super) const NEW_REGISTRATION: &str = "new_registration";

/// The parts of a registration through an invitation: event, invitee, invitation, delegation,
/// role, language, actor.
pub(super) type Parts =
    (event::Model, person::Model, Option<invitation::Model>, Option<i32>, ParticipantRole, Lang, Actor);
