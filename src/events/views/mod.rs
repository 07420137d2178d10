//! Views of events: the public list and event page ([`public`]), and the organiser's list,
//! event page and clone form ([`organiser`]), and the event and session forms ([`form`]).
//! Views get plain data; they never query.

use crate::domain::DatePrecision;
use crate::entities::event;
use crate::i18n::Tr;
use crate::participants::names::state_name;
use crate::reference::Reference;
use crate::web::components as c;

mod form;
mod organiser;
mod public;

pub use form::event_form;
pub use organiser::{clone_form, clone_notice, organiser_event, organiser_list, session_edit};
pub use public::{public_event, public_home, schedule, situation_panel};

fn precision(e: &event::Model) -> DatePrecision {
    e.date_precision
}

fn dates(tr: Tr, e: &event::Model) -> String {
    c::date_range(tr, e.start_date, e.end_date, precision(e))
}

fn place(tr: Tr, reference: &Reference, e: &event::Model) -> String {
    match &e.country_iso3 {
        Some(iso3) => format!("{}, {}", e.city, state_name(reference, iso3, tr.lang())),
        None => e.city.clone(),
    }
}

fn kind_label(tr: Tr, kind: &str) -> String {
    tr.t(&format!("kind-{kind}"))
}

fn options<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter().map(|x| (value(*x).to_owned(), label(*x))).collect()
}
