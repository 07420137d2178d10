//! The HTML frame and components shared by every message.
//!
//! Email clients ignore or strip `<style>` blocks and external resources, so everything is inline-styled,
//! laid out with one centred table (the only width control Outlook honours), and self-contained.

use maud::{DOCTYPE, Markup, html};

use crate::{EventSummary, Lang};

const FONT: &str = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;";
const PARAGRAPH: &str = "margin:0 0 16px 0;";
/// UN blue, darkened so white text on it stays readable.
const ACCENT: &str = "#0b5394";

/// A complete HTML document: `title` as its heading, then `body` in a single centred column.
pub(crate) fn layout(lang: Lang, title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
            }
            body style="margin:0;padding:0;background-color:#f2f4f7;" {
                table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
                    style="background-color:#f2f4f7;" {
                    tr {
                        td align="center" style="padding:24px 12px;" {
                            table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
                                style={ "max-width:600px;background-color:#ffffff;border-top:4px solid " (ACCENT) ";" } {
                                tr {
                                    td style={ "padding:32px;" (FONT) } {
                                        h1 style="margin:0 0 24px 0;font-size:22px;line-height:1.3;font-weight:bold;" {
                                            (title)
                                        }
                                        (body)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}

/// A paragraph of running text.
pub(crate) fn paragraph(text: &str) -> Markup {
    html! { p style=(PARAGRAPH) { (text) } }
}

/// The organiser's own paragraph, set apart, with its line breaks kept.
pub(crate) fn custom_paragraph(text: &str) -> Markup {
    html! {
        p style={ (PARAGRAPH) "white-space:pre-line;padding:0 0 0 12px;border-left:3px solid #c4cdd5;" } {
            (text)
        }
    }
}

/// The event's title, dates, place and a link to its page, in a tinted box.
pub(crate) fn event_block(lang: Lang, event: &EventSummary) -> Markup {
    let labels = EventLabels::of(lang);
    html! {
        div style={ "margin:0 0 16px 0;padding:16px;background-color:#eef4fb;border-left:4px solid " (ACCENT) ";" } {
            p style="margin:0 0 8px 0;font-weight:bold;" { (event.title) }
            p style="margin:0;" { (labels.dates) (lang.colon()) (event.dates) }
            p style="margin:0;" { (labels.place) (lang.colon()) (event.place) }
            p style="margin:0;" {
                (labels.page) (lang.colon())
                a href=(event.url) style={ "color:" (ACCENT) ";word-break:break-all;" } { (event.url) }
            }
        }
    }
}

/// Labelled facts (a deadline, a number of places), one a line.
pub(crate) fn facts(lang: Lang, facts: &[(&str, &str)]) -> Markup {
    html! {
        p style=(PARAGRAPH) {
            @for (i, (label, value)) in facts.iter().enumerate() {
                @if i > 0 { br; }
                strong { (label) (lang.colon()) } (value)
            }
        }
    }
}

/// A button-like link, followed by its address in full for clients that do not show the button.
pub(crate) fn button(lang: Lang, label: &str, url: &str) -> Markup {
    let fallback = match lang {
        Lang::En => "If the button does not work, copy this address into your browser:",
        Lang::Fr => "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
    };
    html! {
        p style="margin:8px 0 16px 0;" {
            a href=(url) style={
                "display:inline-block;padding:12px 24px;background-color:" (ACCENT) ";color:#ffffff;"
                "font-weight:bold;text-decoration:none;border-radius:4px;"
            } { (label) }
        }
        p style="margin:0 0 16px 0;font-size:14px;color:#52606d;" {
            (fallback) br;
            a href=(url) style={ "color:" (ACCENT) ";word-break:break-all;" } { (url) }
        }
    }
}

/// Closing lines, one a line.
pub(crate) fn sign_off(lines: &[&str]) -> Markup {
    html! {
        p style="margin:24px 0 0 0;" {
            @for (i, line) in lines.iter().enumerate() {
                @if i > 0 { br; }
                (line)
            }
        }
    }
}

/// Labels of the event block, shared with the plain-text version.
pub(crate) struct EventLabels {
    /// Label of the dates.
    pub(crate) dates: &'static str,
    /// Label of the place.
    pub(crate) place: &'static str,
    /// Label of the link to the event page.
    pub(crate) page: &'static str,
}

impl EventLabels {
    /// The labels in `lang`.
    pub(crate) fn of(lang: Lang) -> Self {
        match lang {
            Lang::En => EventLabels { dates: "Dates", place: "Venue", page: "Event page" },
            Lang::Fr => EventLabels { dates: "Dates", place: "Lieu", page: "Page de l'événement" },
        }
    }
}
