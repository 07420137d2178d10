//! Rules of personal invitations: who may invite to which event, one invitation per person
//! and event, link tokens (256-bit, only their hash kept, expiring at the end of the event
//! by default), and for every change its audit entry and its email written in the same
//! transaction. Bulk work (CSV import, copy, reminders) uses multi-row inserts.

mod common;
mod copy;
mod create;
mod import;
mod letters;
mod lifecycle;
mod listing;
mod reminders;
mod store;

pub use common::{
    PER_PAGE, check_invitable, check_open, default_expiry, end_of_day, full_name, managed_event, on_duplicate,
    shown_state,
};
pub use copy::{copy_from, copy_sources};
pub(crate) use create::create_personal;
pub use create::invite_one;
pub use import::{ImportOutcome, ImportPreview, import, preview_import};
pub(crate) use letters::Letters;
pub use lifecycle::{extend, resend, revoke};
pub use listing::{Delivery, InvitationRow, Listing, Progress, list, one, progress, progress_of};
pub use reminders::{follow_up_unanswered, remind_all, set_paragraph};
pub use store::already_invited_query;
pub(crate) use store::{already_invited, record_all};
