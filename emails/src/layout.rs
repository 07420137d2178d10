//! The HTML frame and components shared by every message.
//!
//! Email clients ignore or strip `<style>` blocks and external resources, so everything is inline-styled,
//! laid out with one centred table (the only width control Outlook honours), and self-contained.

use maud::{DOCTYPE, Markup, html};

use locale::{Lang, Tr};

use crate::EventSummary;

const FONT: &str = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;";
const PARAGRAPH: &str = "margin:0 0 16px 0;";
/// UN blue, darkened so white text on it stays readable.
const ACCENT: &str = "#0b5394";

/// A complete HTML document: `title` as its heading, then `body` in a single centred column.
pub(crate) fn layout(lang: Lang, title: &str, body: Markup) -> String {
    // Mail clients often drop `html` (and with it its `dir`): the body and the message's cell
    // say the direction again, so Arabic reads right to left in them too.
    let dir = (lang.dir() == "rtl").then_some("rtl");
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=[dir] {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
            }
            body lang=(lang.code()) dir=[dir] style="margin:0;padding:0;background-color:#f2f4f7;" {
                table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
                    style="background-color:#f2f4f7;" {
                    tr {
                        td align="center" style="padding:24px 12px;" {
                            table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
                                style={ "max-width:600px;background-color:#ffffff;border-top:4px solid " (ACCENT) ";" } {
                                tr {
                                    td dir=[dir] style={ "padding:32px;" (FONT) } {
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

/// The side a line starts on: inline styles name physical sides, which email clients honour more
/// widely than logical ones.
fn start(tr: Tr) -> &'static str {
    if tr.lang().dir() == "rtl" { "right" } else { "left" }
}

/// A paragraph of running text.
pub(crate) fn paragraph(text: &str) -> Markup {
    html! { p style=(PARAGRAPH) { (text) } }
}

/// The organiser's own paragraph, set apart, with its line breaks kept.
pub(crate) fn custom_paragraph(tr: Tr, text: &str) -> Markup {
    let side = start(tr);
    let padding = if side == "left" { "0 0 0 12px" } else { "0 12px 0 0" };
    html! {
        p style={ (PARAGRAPH) "white-space:pre-line;padding:" (padding) ";border-" (side) ":3px solid #c4cdd5;" } {
            (text)
        }
    }
}

/// The event's title, dates, place and a link to its page, in a tinted box.
pub(crate) fn event_block(tr: Tr, event: &EventSummary) -> Markup {
    let labels = EventLabels::of(tr);
    let colon = labels.colon.as_str();
    html! {
        div style={ "margin:0 0 16px 0;padding:16px;background-color:#eef4fb;border-" (start(tr)) ":4px solid " (ACCENT) ";" } {
            p style="margin:0 0 8px 0;font-weight:bold;" { (event.title) }
            p style="margin:0;" { (labels.dates) (colon) (event.dates) }
            p style="margin:0;" { (labels.place) (colon) (event.place) }
            p style="margin:0;" {
                (labels.page) (colon)
                a href=(event.url) style={ "color:" (ACCENT) ";word-break:break-all;" } { (event.url) }
            }
        }
    }
}

/// Labelled facts (a deadline, a number of places), one a line, `colon` between label and value.
pub(crate) fn facts(colon: &str, facts: &[(&str, &str)]) -> Markup {
    html! {
        p style=(PARAGRAPH) {
            @for (i, (label, value)) in facts.iter().enumerate() {
                @if i > 0 { br; }
                strong { (label) (colon) } (value)
            }
        }
    }
}

/// A button-like link, followed by its address in full for clients that do not show the button.
pub(crate) fn button(tr: Tr, label: &str, url: &str) -> Markup {
    let fallback = tr.t("email-button-fallback");
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
pub(crate) fn sign_off(lines: &[String]) -> Markup {
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
    pub(crate) dates: String,
    /// Label of the place.
    pub(crate) place: String,
    /// Label of the link to the event page.
    pub(crate) page: String,
    /// Between a label and its value.
    pub(crate) colon: String,
}

impl EventLabels {
    /// The labels in `tr`'s language.
    pub(crate) fn of(tr: Tr) -> Self {
        EventLabels {
            dates: tr.t("email-event-dates"),
            place: tr.t("email-event-place"),
            page: tr.t("email-event-page"),
            colon: tr.t("email-colon"),
        }
    }
}
