//! The result panel of the desk's last scan: green when admitted, amber when already in, red
//! when refused (blue for an exit or an undo). Each has its own icon and heading word, not only
//! its colour. The same markup serves the page after a form and, as `<template>`s, the script.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::roll::{about, local_time};
use crate::attendance::rules::{Desk, Outcome};
use crate::domain::ScanDirection;
use crate::reference::Reference;
use crate::web::components as c;
use crate::web::extract::Page;

/// What the desk's last action did, shown at the top of the console.
#[derive(Debug)]
pub enum LastScan {
    /// Recorded, a duplicate, or a warning.
    Done(Outcome),
    /// Refused, with the reason in words and the registration when it is known.
    Refused {
        /// Why, in words.
        reason: String,
        /// The registration refused, if the code or the search named one of the event's.
        registration_id: Option<i32>,
    },
}

impl LastScan {
    /// True when the desk refused the scan.
    pub fn refused(&self) -> bool {
        matches!(self, Self::Refused { .. })
    }
}

/// The kinds of panel, each with its colour, icon and heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// An entry recorded (green).
    Admitted,
    /// A second entry: nothing recorded (amber).
    AlreadyIn,
    /// An exit of someone not in: nothing recorded (amber).
    NotIn,
    /// Refused (red).
    Refused,
    /// An exit recorded (blue).
    Left,
    /// A scan taken back (blue).
    Undone,
}

impl Kind {
    /// Every kind, for the script's templates.
    pub(super) const ALL: [Self; 6] =
        [Self::Admitted, Self::AlreadyIn, Self::NotIn, Self::Refused, Self::Left, Self::Undone];

    /// The class naming the kind (also the script's name for it).
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Admitted => "admitted",
            Self::AlreadyIn => "already-in",
            Self::NotIn => "not-in",
            Self::Refused => "refused",
            Self::Left => "left",
            Self::Undone => "undone",
        }
    }

    /// Warnings and refusals interrupt a screen reader; the rest wait their turn.
    fn role(self) -> &'static str {
        match self {
            Self::AlreadyIn | Self::NotIn | Self::Refused => "alert",
            Self::Admitted | Self::Left | Self::Undone => "status",
        }
    }

    /// Whether the icon points a way (an arrow), and so is mirrored in a right-to-left page.
    fn directional(self) -> bool {
        matches!(self, Self::Left | Self::Undone)
    }

    /// The SVG path of the kind's icon (24 by 24, stroked).
    fn icon(self) -> &'static str {
        match self {
            // A tick.
            Self::Admitted => "M4.5 12.5l5 5L19.5 7",
            // A clock: in since earlier.
            Self::AlreadyIn => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3.5 3",
            // An exclamation mark.
            Self::NotIn => "M12 4v10M12 19v1",
            // A cross.
            Self::Refused => "M6 6l12 12M18 6L6 18",
            // An arrow out of a door.
            Self::Left => "M14 4H5v16h9M10 12h10M16 8l4 4-4 4",
            // An arrow turning back.
            Self::Undone => "M9 15L4 10l5-5M4 10h10a6 6 0 0 1 0 12h-3",
        }
    }
}

/// What a panel says: who (name, then delegation and role) and the detail sentence.
#[derive(Debug, Default)]
pub(super) struct Said {
    pub(super) name: String,
    pub(super) about: String,
    pub(super) detail: String,
    /// The key of the scan the panel's Undo takes back.
    pub(super) undo_key: Option<String>,
}

/// A panel of `kind` saying `said`; with `said` empty, the script's template of that kind.
pub(super) fn panel(page: &Page, event_id: i32, kind: Kind, said: &Said, template: bool) -> Markup {
    let tr = page.tr;
    html! {
        div class={ "checkin-panel " (kind.name()) } role=(kind.role()) data-panel=(kind.name()) {
            h2.panel-heading {
                svg.panel-icon.directional[kind.directional()] viewBox="0 0 24 24" aria-hidden="true" focusable="false" { path d=(kind.icon()) {} }
                span { (tr.t(&format!("att-panel-{}", kind.name()))) }
            }
            @if template || !said.name.is_empty() { p.panel-name { (said.name) } }
            @if template || !said.about.is_empty() { p.panel-about { (said.about) } }
            @if template || !said.detail.is_empty() { p.panel-detail { (said.detail) } }
            @if template || said.undo_key.is_some() {
                @let key = said.undo_key.as_deref().unwrap_or_default();
                form.panel-undo method="post" action={ "/checkin/events/" (event_id) "/undo" } {
                    (c::csrf_field(&page.csrf))
                    input type="hidden" name="undoes_key" value=(key);
                    input type="hidden" name="key" value={ (key) "-undo" };
                    button type="submit" { (tr.t("att-undo")) }
                }
            }
        }
    }
}

/// The script's templates: one empty panel of each kind.
pub(super) fn templates(page: &Page, event_id: i32) -> Markup {
    html! {
        @for kind in Kind::ALL {
            template id={ "checkin-panel-" (kind.name()) } { (panel(page, event_id, kind, &Said::default(), true)) }
        }
    }
}

/// The panel of the desk's last action.
pub(super) fn last_panel(page: &Page, reference: &Reference, desk: &Desk, last: &LastScan) -> Markup {
    let tr = page.tr;
    let who = |id: Option<i32>| {
        id.and_then(|id| desk.entry(id)).map(|d| (d.name.clone(), about(tr, reference, d))).unwrap_or_default()
    };
    let at = |t: DateTime<Utc>| local_time(desk, t);
    let (kind, id, detail, undo_key) = match last {
        LastScan::Refused { reason, registration_id } => (Kind::Refused, *registration_id, reason.clone(), None),
        LastScan::Done(Outcome::Recorded(s) | Outcome::Duplicate(s)) => {
            let (kind, detail) = match s.direction {
                ScanDirection::Entry => {
                    (Kind::Admitted, tr.ta("att-panel-admitted-at", &[("time", &at(s.scanned_at))]))
                }
                ScanDirection::Exit => (Kind::Left, tr.ta("att-panel-left-at", &[("time", &at(s.scanned_at))])),
                ScanDirection::Undo => (Kind::Undone, tr.t("att-panel-undone-detail")),
            };
            let undo = (s.direction != ScanDirection::Undo).then(|| s.idempotency_key.clone());
            (kind, Some(s.registration_id), detail, undo)
        }
        LastScan::Done(Outcome::AlreadyIn { registration_id, since: Some(since) }) => {
            let detail = tr.ta("att-panel-already-in-since", &[("time", &at(since.scanned_at))]);
            (Kind::AlreadyIn, Some(*registration_id), detail, None)
        }
        LastScan::Done(Outcome::AlreadyIn { registration_id, since: None }) => {
            (Kind::NotIn, Some(*registration_id), tr.t("att-panel-not-in-detail"), None)
        }
    };
    let (name, about) = who(id);
    panel(page, desk.event.id, kind, &Said { name, about, detail, undo_key }, false)
}
