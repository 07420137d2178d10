//! What the console's script needs, offline too: each registration as JSON (with the SHA-256 of
//! its code, never the code), the venue's time zone and the sentences it writes.

use maud::{Markup, html};
use serde_json::{Value, json};

use super::roll::{about, delegation};
use crate::attendance::rules::Desk;
use crate::domain::RegistrationState;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::extract::Page;

/// Per registration: id, code hash, name, State code, organisation, delegation, delegation and
/// role, state, in since, and latest entry today (times in RFC 3339).
pub fn entries(tr: Tr, reference: &Reference, desk: &Desk) -> Value {
    Value::Array(
        desk.entries
            .iter()
            .map(|d| {
                json!({
                    "id": d.registration_id, "h": d.code_hash, "n": d.name, "c": d.country, "o": d.organisation,
                    "d": delegation(tr, reference, d), "a": about(tr, reference, d), "s": d.state,
                    "in": d.inside_since.map(|t| t.to_rfc3339()), "at": d.entered_at.map(|t| t.to_rfc3339()),
                })
            })
            .collect(),
    )
}

/// The states that may not come in.
const REFUSED: [RegistrationState; 6] = [
    RegistrationState::Pending,
    RegistrationState::Waitlisted,
    RegistrationState::Offered,
    RegistrationState::Rejected,
    RegistrationState::Cancelled,
    RegistrationState::Lapsed,
];

/// Per state that may not come in, as JSON: its name (`names`) or why it is refused.
fn by_state(tr: Tr, names: bool) -> String {
    let words: serde_json::Map<String, Value> = REFUSED
        .into_iter()
        .map(|s| {
            let key = match (names, s) {
                (true, s) => format!("reg-state-{s}"),
                // An offer is not a seat yet: refused as the waiting list is.
                (false, RegistrationState::Offered) => "att-refused-waitlisted".to_owned(),
                (false, s) => format!("att-refused-{s}"),
            };
            (s.as_str().to_owned(), Value::String(tr.t(&key)))
        })
        .collect();
    Value::Object(words).to_string()
}

/// The element the script runs in, with the data and the sentences it needs.
pub(super) fn app_element(page: &Page, reference: &Reference, desk: &Desk) -> Markup {
    let tr = page.tr;
    // The offset today serves a browser that cannot name the zone itself.
    html! {
        div #checkin-app hidden data-event=(desk.event.id) data-csrf=(page.csrf)
            data-entries=(entries(tr, reference, desk)) data-zone=(desk.zone.name()) data-offset=(desk.utc_offset())
            data-reasons=(by_state(tr, false)) data-states=(by_state(tr, true))
            data-t-admitted-at=(tr.t("att-panel-admitted-at")) data-t-left-at=(tr.t("att-panel-left-at"))
            data-t-already-in-since=(tr.t("att-panel-already-in-since")) data-t-not-in=(tr.t("att-panel-not-in-detail"))
            data-t-undone=(tr.t("att-panel-undone-detail")) data-t-unknown=(tr.t("att-refused-code"))
            data-t-check-in=(tr.t("att-check-in")) data-t-in=(tr.t("att-in-since"))
            data-t-inside=(tr.t("att-badge-inside")) data-t-left=(tr.t("att-badge-left"))
            data-t-unverified=(tr.t("att-unverified")) {}
    }
}
