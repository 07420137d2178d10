//! Builds a message's plain-text and HTML bodies side by side, block by block, so the two never drift apart.

use locale::Tr;
use maud::{Markup, html};

use crate::layout::{self, EventLabels};
use crate::{Email, EventSummary};

/// A message being written: each block goes to the text body (with `format!` and string pushing)
/// and to the HTML body (as maud markup, which escapes every value).
pub(crate) struct Message {
    tr: Tr,
    /// Between a label and its value, in the message's language.
    colon: String,
    heading: String,
    subject: String,
    text: Vec<String>,
    html: Vec<Markup>,
}

impl Message {
    /// Starts a message whose subject is `heading: event title`.
    pub(crate) fn new(tr: Tr, heading: String, event_title: &str) -> Self {
        let colon = tr.t("email-colon");
        let subject = format!("{heading}{colon}{event_title}");
        Message { tr, colon, heading, subject, text: Vec::new(), html: Vec::new() }
    }

    /// "Dear …," with the recipient's name, or an impersonal greeting without one.
    pub(crate) fn greeting(self, name: Option<&str>) -> Self {
        let greeting = match name {
            Some(name) => self.tr.ta("email-greeting-named", &[("name", name)]),
            None => self.tr.t("email-greeting"),
        };
        self.paragraph(&greeting)
    }

    /// A paragraph of running text.
    pub(crate) fn paragraph(mut self, text: &str) -> Self {
        self.text.push(text.to_owned());
        self.html.push(layout::paragraph(text));
        self
    }

    /// The event's title, dates, place and page.
    pub(crate) fn event(mut self, event: &EventSummary) -> Self {
        let labels = EventLabels::of(self.tr);
        let colon = &self.colon;
        // The page's address alone on the last line, so it stays clickable however the client wraps text.
        self.text.push(format!(
            "{title}\n{dates_label}{colon}{dates}\n{place_label}{colon}{place}\n{url}",
            title = event.title,
            dates_label = labels.dates,
            dates = event.dates,
            place_label = labels.place,
            place = event.place,
            url = event.url,
        ));
        self.html.push(layout::event_block(self.tr, event));
        self
    }

    /// Labelled facts, one a line; nothing when there are none.
    pub(crate) fn facts(mut self, facts: &[(&str, &str)]) -> Self {
        if facts.is_empty() {
            return self;
        }
        let colon = &self.colon;
        let lines: Vec<String> = facts.iter().map(|(label, value)| format!("{label}{colon}{value}")).collect();
        self.text.push(lines.join("\n"));
        self.html.push(layout::facts(colon, facts));
        self
    }

    /// The organiser's own paragraph, verbatim; nothing when absent or blank.
    pub(crate) fn custom_paragraph(mut self, text: Option<&str>) -> Self {
        let Some(text) = text.map(str::trim).filter(|text| !text.is_empty()) else {
            return self;
        };
        self.text.push(text.to_owned());
        self.html.push(layout::custom_paragraph(self.tr, text));
        self
    }

    /// The link the message is about: a button in HTML, the label then the address on its own line in text.
    pub(crate) fn action(mut self, label: &str, url: &str) -> Self {
        self.text.push(format!("{label}{}\n{url}", self.colon.trim_end()));
        self.html.push(layout::button(self.tr, label, url));
        self
    }

    /// The link to the recipient's registration, with a word on keeping it private.
    pub(crate) fn manage_registration(self, url: &str) -> Self {
        let tr = self.tr;
        self.action(&tr.t("email-manage-registration"), url).paragraph(&tr.t("email-manage-registration-note"))
    }

    /// Signs the message on behalf of the secretariat and renders both bodies.
    pub(crate) fn finish(mut self) -> Email {
        let sign_off = [self.tr.t("email-sign-off-closing"), self.tr.t("email-sign-off-signature")];
        self.text.push(sign_off.join("\n"));
        self.html.push(layout::sign_off(&sign_off));

        let mut text = self.text.join("\n\n");
        text.push('\n');
        let body = html! { @for block in &self.html { (block) } };
        Email { subject: self.subject, text, html: layout::layout(self.tr.lang(), &self.heading, body) }
    }
}
