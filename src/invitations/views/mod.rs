//! Views of invitations: the organiser's list with its actions and delivery progress, the
//! forms to invite one person, import a CSV (with its preview) or copy an earlier event's
//! people, the delegations page, and the focal point's nomination page. Views get plain
//! data; they never query.

mod delegations;
mod forms;
mod list;
mod nomination;
mod parts;

pub use delegations::delegations;
pub use forms::{copy_form, import_form, import_preview, invite_form};
pub use list::list;
pub use nomination::nomination;
pub use parts::Notice;
