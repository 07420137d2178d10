//! Pages of funding: the donor report that the donor portal and the admin share ([`report`]),
//! the portal's sign-in and dashboard ([`portal`]), the staff's donor records ([`records`]),
//! and an event's funding with the admin's consolidated view ([`funding`]). Views never query.

use crate::donors::money::Currency;
use crate::i18n::{Tr, format};

mod funding;
mod portal;
mod records;
mod report;

pub use funding::{consolidated, event_funding};
pub use portal::{admin_report, dashboard, link_page, sign_in};
pub use records::{Sent, contribution_page, donor_file, donors};
pub use report::{count_text, report_body, row_label, view_label};

/// An amount in its own currency, as written on the pages.
fn money(tr: Tr, currency: &str, minor: i64) -> String {
    match Currency::parse(currency) {
        Ok(c) => c.format_for(tr, minor),
        Err(_) => format!("{} {currency}", format::decimal(tr, minor, 2)),
    }
}
