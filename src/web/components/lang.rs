//! Text written in another language than the page's (an event's original title on a page in
//! another language), marked with `lang` so screen readers switch voice, and with `dir` where
//! the direction changes (Arabic in a page in another language, or the reverse).

use maud::{Markup, html};

use crate::events::content::Text;
use crate::i18n::Lang;

/// The `lang` attribute `text` needs in a page in `page`, if any.
pub fn lang_attr(text: &Text, page: Lang) -> Option<&'static str> {
    (text.lang != page).then_some(text.lang.code())
}

/// The `dir` attribute `text` needs in a page in `page`, if any.
pub fn dir_attr(text: &Text, page: Lang) -> Option<&'static str> {
    (text.lang.dir() != page.dir()).then_some(text.lang.dir())
}

/// The text, inside a `span` marked with its language when it differs from the page's.
pub fn in_lang(text: &Text, page: Lang) -> Markup {
    match lang_attr(text, page) {
        None => html! { (text.text) },
        Some(code) => html! { span lang=(code) dir=[dir_attr(text, page)] { (text.text) } },
    }
}

/// A description: its paragraphs (separated by blank lines), in a block marked with its language.
pub fn paragraphs_in_lang(text: &Text, page: Lang) -> Markup {
    html! {
        div.description lang=[lang_attr(text, page)] dir=[dir_attr(text, page)] {
            @for para in text.text.split("\n\n").filter(|p| !p.trim().is_empty()) { p { (para.trim()) } }
        }
    }
}
