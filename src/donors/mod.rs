//! Donors and extrabudgetary funding: donors and their contacts, contributions, allocations
//! of contributions to events, event budgets, and the donor portal with its privacy-safe report.
//!
//! - [`money`]: currencies, amounts in minor units and the USD equivalent at a recorded rate.
//! - [`input`]: forms and JSON bodies parsed into domain values.
//! - [`rules`]: funding records; the allocation rule (never above the unallocated balance).
//! - [`access`]: donor contacts' one-time sign-in links and sessions.
//! - [`suppress`]: small-cell suppression with secondary suppression.
//! - [`report`]: the donor report and the office's consolidated view.
//! - [`export`]: the donor report as PDF, CSV and XLSX.
//! - [`quarterly`]: the quarterly email of each contact's report link.
//! - [`handlers`], [`views`]: pages (charts from [`crate::reports::charts`]).

pub mod access;
pub mod export;
pub mod handlers;
pub mod input;
pub mod money;
pub mod quarterly;
pub mod report;
pub mod rules;
pub mod suppress;
pub mod views;

use std::fmt;
use std::str::FromStr;

use crate::error::Msg;

/// A signed-in donor contact: sees its own donor's report and nothing else.
#[derive(Debug, Clone)]
pub struct DonorContact {
    /// Contact id.
    pub id: i32,
    /// The donor it speaks for.
    pub donor_id: i32,
    /// The contact's name (shown only to the contact itself).
    pub name: String,
    /// Preferred language code.
    pub language: String,
}

macro_rules! code_list {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        // Stored as its code through sea-orm, as `code_enum!` sets are (see there).
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
            sea_orm::DeriveValueType,
        )]
        #[serde(rename_all = "snake_case")]
        #[sea_orm(value_type = "String", from_str = "Self::from_stored")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored code.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value of a code read from the database (exact, unlike a form's input).
            fn from_stored(code: &str) -> Result<Self, crate::domain::UnknownCode> {
                match code {
                    $($code => Ok($name::$variant),)+
                    _ => Err(crate::domain::UnknownCode { set: stringify!($name), code: code.to_owned() }),
                }
            }
        }

        impl FromStr for $name {
            type Err = Msg;
            fn from_str(s: &str) -> Result<Self, Msg> {
                match s.trim() {
                    $($code => Ok($name::$variant),)+
                    "" => Err(Msg::new("err-required")),
                    _ => Err(Msg::new("err-choice")),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

code_list!(
    /// What kind of body a donor is.
    DonorKind {
        /// A State's government (with its ISO3 code).
        Government => "government",
        /// An intergovernmental body such as the European Union.
        Intergovernmental => "intergovernmental",
        /// A private or public foundation.
        Foundation => "foundation",
        /// Anyone else.
        Other => "other",
    }
);

code_list!(
    /// What a contribution is earmarked to.
    EarmarkKind {
        /// Not earmarked: the office decides.
        Unearmarked => "unearmarked",
        /// A programme (e.g. 1540).
        Programme => "programme",
        /// A unit or regional centre.
        Unit => "unit",
        /// A series of workshops.
        Series => "series",
        /// One event.
        Event => "event",
    }
);

code_list!(
    /// Categories of an event's budget.
    BudgetCategory {
        /// Participants' travel.
        Travel => "travel",
        /// Venue.
        Venue => "venue",
        /// Interpretation.
        Interpretation => "interpretation",
        /// Experts.
        Experts => "experts",
        /// Materials.
        Materials => "materials",
        /// Anything else.
        Other => "other",
    }
);
