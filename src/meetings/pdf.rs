//! The published list of speakers of one agenda item as a PDF, laid out with the shared writer
//! ([`crate::pdf`]): the meeting, the item, its time limit, then the speakers in order with the
//! group each speaks for and the level; names in the reader's language.

use super::speakers::ListOfSpeakers;
use super::views::{level_key, on_behalf_text};
use crate::error::Result;
use crate::i18n::{Lang, Tr, format};
use crate::pdf::{Canvas, Direction, PAGE_W};

/// Renders the published list of `list` as PDF bytes, in `lang`.
pub fn list_pdf(list: &ListOfSpeakers, lang: Lang) -> Result<Vec<u8>> {
    let tr = Tr(lang);
    let e = &list.event;
    let mut l = Canvas::new_in(Direction::of_language(lang.code()))?;
    let event_title = crate::events::content::title(e, lang).text;
    l.centred(14.0, &event_title);
    l.centred(10.0, &format::date_range(tr, e.start_date, e.end_date, e.date_precision));
    l.gap(14.0);
    l.centred(16.0, &tr.t("meet-list-of-speakers"));
    l.centred(12.0, &format!("{}. {}", list.item.number, list.item.title));
    if let Some(m) = list.item.time_limit_minutes {
        l.centred(9.0, &tr.ta("meet-time-limit", &[("minutes", &m.to_string())]));
    }
    l.gap(12.0);
    let mut any = false;
    for r in list.published() {
        any = true;
        l.need(10.0 * 1.35 * 2.0);
        let mut line = format!("{}. {}", r.place.unwrap_or_default(), r.name);
        if let Some(g) = on_behalf_text(tr, r) {
            line.push_str(&format!(" ({g})"));
        }
        if r.state == crate::domain::InscriptionState::Spoke {
            line.push_str(&format!(" — {}", tr.t("meet-heard")));
        }
        l.paragraph(0.0, 10.0, &line);
        l.paragraph(18.0, 9.0, &tr.t(level_key(r.level)));
        l.gap(3.0);
    }
    if !any {
        l.paragraph(0.0, 10.0, &tr.t("meet-no-speakers"));
    }
    let title = format!("{} — {}", event_title, tr.t("meet-list-of-speakers"));
    l.finish(&title, |l, n, total| {
        l.show_centred(PAGE_W / 2.0, 36.0, 8.0, &format!("{n} / {total}"));
    })
}
