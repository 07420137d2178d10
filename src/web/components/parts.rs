//! Pieces that show data: status badges, alerts, figure cards, data tables, empty states, and
//! the hidden words that tell apart the repeated buttons of a table's rows.

use maud::{Markup, html};

use crate::i18n::Tr;

/// The colour family of a badge. Within one kind of record every state named in the interface
/// rules has a tone of its own; the state's name is always written as well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Done and good: confirmed, published, sent.
    Ok,
    /// Waiting for someone: pending, queued, draft.
    Pending,
    /// Moving: offered, opened.
    Info,
    /// In line: waitlisted.
    Waiting,
    /// Refused or broken: rejected, failed.
    Bad,
    /// Over without harm: cancelled, declined.
    Off,
}

impl Tone {
    /// The CSS class of the tone.
    pub fn class(self) -> &'static str {
        match self {
            Self::Ok => "tone-ok",
            Self::Pending => "tone-pending",
            Self::Info => "tone-info",
            Self::Waiting => "tone-waiting",
            Self::Bad => "tone-bad",
            Self::Off => "tone-off",
        }
    }
}

/// The kinds of record whose state is shown as a badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// An event: draft, published, cancelled.
    Event,
    /// A registration: pending, confirmed, waitlisted, offered, rejected, cancelled, lapsed.
    Registration,
    /// An invitation: queued, sent, failed, opened, registered, declined, expired, revoked.
    Invitation,
    /// An email's delivery: queued, sending, sent, failed.
    Delivery,
}

impl Record {
    /// The catalog key of `state`'s name, and the class naming the state.
    fn key_and_class(self, state: &str) -> (String, String) {
        match self {
            Self::Event => (format!("status-{state}"), format!("status-{state}")),
            Self::Registration => (format!("reg-state-{state}"), format!("reg-{state}")),
            Self::Invitation => (format!("inv-state-{state}"), format!("inv-{state}")),
            Self::Delivery => (format!("delivery-{state}"), format!("delivery-{state}")),
        }
    }

    /// The tone of `state` for this kind of record.
    pub fn tone(self, state: &str) -> Tone {
        match (self, state) {
            (Self::Event, "published") | (Self::Registration, "confirmed") => Tone::Ok,
            (Self::Invitation, "registered") | (Self::Delivery, "sent") => Tone::Ok,
            (Self::Event, "draft") | (Self::Registration, "pending") => Tone::Pending,
            (Self::Invitation | Self::Delivery, "queued") => Tone::Pending,
            (Self::Registration, "offered") | (Self::Invitation, "sent") | (Self::Delivery, "sending") => Tone::Info,
            (Self::Registration, "waitlisted") | (Self::Invitation, "opened") => Tone::Waiting,
            (Self::Registration, "rejected") | (Self::Invitation | Self::Delivery, "failed") => Tone::Bad,
            (Self::Invitation, "revoked" | "expired") => Tone::Bad,
            _ => Tone::Off,
        }
    }
}

/// A badge with `text` in `tone`'s colours.
pub fn badge(tone: Tone, text: &str) -> Markup {
    html! { span class={ "badge " (tone.class()) } { (text) } }
}

/// The badge of a record's state: its name in the reader's language, in the state's colours.
pub fn state_badge(tr: Tr, record: Record, state: &str) -> Markup {
    let (key, class) = record.key_and_class(state);
    html! { span class={ "badge " (class) " " (record.tone(state).class()) } { (tr.t(&key)) } }
}

/// The kinds of alert: each looks different, and only an error interrupts a screen reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alert {
    /// Something was done.
    Success,
    /// Something worth knowing.
    Info,
    /// Something to be careful about.
    Warning,
    /// Something went wrong or was refused.
    Error,
}

/// An alert box around `body`: `role="alert"` for errors, `role="status"` otherwise.
pub fn alert(kind: Alert, body: Markup) -> Markup {
    let (class, role) = match kind {
        Alert::Success => ("alert alert-success", "status"),
        Alert::Info => ("alert alert-info", "status"),
        Alert::Warning => ("alert alert-warning", "status"),
        Alert::Error => ("alert alert-error", "alert"),
    };
    html! { div class=(class) role=(role) { (body) } }
}

/// An alert holding one sentence.
pub fn alert_text(kind: Alert, text: &str) -> Markup {
    alert(kind, html! { p { (text) } })
}

/// Figure cards: each a label over its value.
pub fn figures(items: &[(String, Markup)]) -> Markup {
    html! {
        dl.figures {
            @for (label, value) in items { div.figure { dt { (label) } dd { (value) } } }
        }
    }
}

/// What an empty list says: what is missing, then what to do next.
pub fn empty_state(what: &str, next: Markup) -> Markup {
    html! {
        div.empty-state {
            p.empty-title { (what) }
            @if !next.0.is_empty() { p { (next) } }
        }
    }
}

/// A data table inside a container that scrolls sideways on a narrow screen (never the page),
/// which keyboard users can focus to scroll. The table always has a caption: shown, or read
/// only by screen readers when a heading above already says it.
#[derive(Debug, Clone, Copy)]
pub struct Table<'a> {
    caption: &'a str,
    shown: bool,
    class: &'a str,
    id: Option<&'a str>,
}

impl<'a> Table<'a> {
    /// A table with a visible caption.
    pub fn new(caption: &'a str) -> Self {
        Self { caption, shown: true, class: "list", id: None }
    }

    /// A table under a heading that names it: the caption is for screen readers only.
    pub fn under_heading(caption: &'a str) -> Self {
        Self { shown: false, ..Self::new(caption) }
    }

    /// Sets the table's class (`list` by default).
    pub fn class(mut self, class: &'a str) -> Self {
        self.class = class;
        self
    }

    /// Sets the table's id.
    pub fn id(mut self, id: &'a str) -> Self {
        self.id = Some(id);
        self
    }

    /// The container and the table around `rows` (its `thead` and `tbody`).
    pub fn render(self, rows: Markup) -> Markup {
        html! {
            div.table-scroll tabindex="0" role="region" aria-label=(self.caption) {
                table class=(self.class) id=[self.id] {
                    caption.visually-hidden[!self.shown] { (self.caption) }
                    (rows)
                }
            }
        }
    }
}

/// The words that make a repeated control ("Edit") unique for a screen reader ("Edit
/// Opening plenary"), hidden from sight.
pub fn for_row(name: &str) -> Markup {
    html! { span.visually-hidden { " " (name) } }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_state_of_a_record_has_its_own_tone() {
        let distinct = |record: Record, states: &[&str]| {
            let tones: Vec<Tone> = states.iter().map(|s| record.tone(s)).collect();
            for (i, t) in tones.iter().enumerate() {
                assert!(!tones[i + 1..].contains(t), "{record:?}: {} shares a tone", states[i]);
            }
        };
        distinct(Record::Registration, &["confirmed", "pending", "waitlisted", "offered", "rejected", "cancelled"]);
        distinct(Record::Delivery, &["queued", "sending", "sent", "failed"]);
        distinct(Record::Event, &["draft", "published", "cancelled"]);
        distinct(Record::Invitation, &["queued", "sent", "opened", "registered", "failed", "declined"]);
    }

    #[test]
    fn a_badge_always_writes_its_state() {
        let b = state_badge(Tr(Lang::En), Record::Registration, "waitlisted").0;
        assert_eq!(b, "<span class=\"badge reg-waitlisted tone-waiting\">On the waiting list</span>");
    }

    #[test]
    fn errors_interrupt_and_the_rest_wait_their_turn() {
        assert!(alert_text(Alert::Error, "x").0.contains("role=\"alert\""));
        assert!(alert_text(Alert::Warning, "x").0.contains("role=\"status\""));
        assert_ne!(alert_text(Alert::Success, "x").0, alert_text(Alert::Warning, "x").0);
    }

    #[test]
    fn a_table_scrolls_in_its_own_focusable_region_with_a_caption() {
        let t = Table::under_heading("Sessions").render(html! { tbody {} }).0;
        assert!(t.starts_with("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Sessions\">"));
        assert!(t.contains("<caption class=\"visually-hidden\">Sessions</caption>"), "{t}");
    }
}
