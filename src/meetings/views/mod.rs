//! Views of serviced meetings: the secretariat's agenda and item pages and the chair's view
//! ([`staff`]), the public agenda with its lists of speakers and the focal point's page
//! ([`public`]), the credentials pages ([`credentials`]), official documents and statements
//! (`documents`, `statements`), side events' pages public and staff ([`side_events`]), NGO
//! accreditation ([`ngos`]). The words shared by all are here.

mod credentials;
mod documents;
pub mod ngos;
mod public;
mod side_events;
mod staff;
mod statements;

pub use credentials::{credentials_page, link_credentials, record_page};
pub use documents::{distribution_key, document_page, documents_list_page, documents_page, language_name};
pub use public::{AgendaPapers, link_speakers, public_agenda};
pub use side_events::{
    DecisionForms, check_your_email, confirm_page, confirmed_page, programme_page, request_detail_page, request_page,
    requests_page,
};
pub use staff::{agenda_page, chair_page, item_page};
pub use statements::{link_statements, publication_key};

use maud::{Markup, html};

use super::speakers::SpeakerRow;
use crate::domain::{InscriptionState, SpeakerLevel};
use crate::entities::{agenda_item, event};
use crate::i18n::Tr;
use crate::reference::Reference;

/// The catalogue key of a protocol level's name.
pub fn level_key(level: SpeakerLevel) -> &'static str {
    match level {
        SpeakerLevel::HeadOfState => "meet-level-head-of-state",
        SpeakerLevel::Minister => "meet-level-minister",
        SpeakerLevel::HeadOfDelegation => "meet-level-head-of-delegation",
        SpeakerLevel::Other => "meet-level-other",
    }
}

/// The levels as select options.
fn level_choices(tr: Tr) -> Vec<(String, String)> {
    SpeakerLevel::ALL.iter().map(|l| (l.as_str().to_owned(), tr.t(level_key(*l)))).collect()
}

/// The UN regional groups as select options, in the reader's language.
fn group_choices(tr: Tr, reference: &Reference) -> Vec<(String, String)> {
    reference
        .regional_groups
        .iter()
        .map(|g| (g.code.clone(), crate::reference::regional_group(tr, reference, &g.code)))
        .collect()
}

/// "on behalf of the Group of African States", or of a group named as written.
pub fn on_behalf_text(tr: Tr, row: &SpeakerRow) -> Option<String> {
    let group = row.on_behalf_of.as_deref()?;
    let key = if row.regional_group { "meet-on-behalf-regional" } else { "meet-on-behalf" };
    Some(tr.ta(key, &[("group", group)]))
}

/// The speaker's name with the group it speaks for.
fn speaker_cell(tr: Tr, row: &SpeakerRow) -> Markup {
    html! {
        span.speaker { (row.name) }
        @if let Some(g) = on_behalf_text(tr, row) { br; small.group { (g) } }
    }
}

/// A time in the meeting's time zone, as HH:MM.
fn local_time(e: &event::Model, at: chrono::DateTime<chrono::Utc>) -> String {
    match e.time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => at.with_timezone(&tz).format("%H:%M").to_string(),
        Err(_) => at.format("%H:%M UTC").to_string(),
    }
}

/// The item's heading text, "5(a). General debate".
fn item_heading(item: &agenda_item::Model) -> String {
    format!("{}. {}", item.number, item.title)
}

/// The line under an item: its list open or closed, its time limit.
fn item_settings(tr: Tr, item: &agenda_item::Model) -> Markup {
    html! {
        span.list-state { (tr.t(if item.list_open { "meet-list-open" } else { "meet-list-closed" })) }
        @if let Some(m) = item.time_limit_minutes {
            " · " span.time-limit { (tr.ta("meet-time-limit", &[("minutes", &m.to_string())])) }
        }
    }
}

/// The published list's rows (everyone not withdrawn, in order), heard ones marked.
fn published_rows<'a>(tr: Tr, rows: impl Iterator<Item = &'a SpeakerRow>) -> Markup {
    html! {
        @for r in rows {
            tr data-speaker=(r.id) class=[(r.state == InscriptionState::Spoke).then_some("heard")] {
                td.num { (r.place.unwrap_or_default()) }
                td { (speaker_cell(tr, r)) }
                td { (tr.t(level_key(r.level))) }
                td { @if r.state == InscriptionState::Spoke { (tr.t("meet-heard")) } }
            }
        }
    }
}

/// The published list of speakers as a table.
fn published_table(tr: Tr, caption: &str, rows: &[&SpeakerRow]) -> Markup {
    crate::web::components::Table::new(caption).class("list speakers").render(html! {
        thead { tr {
            th scope="col" { (tr.t("meet-col-place")) } th scope="col" { (tr.t("meet-col-speaker")) }
            th scope="col" { (tr.t("meet-col-level")) } th scope="col" { (tr.t("meet-col-state")) }
        } }
        tbody { (published_rows(tr, rows.iter().copied())) }
    })
}
