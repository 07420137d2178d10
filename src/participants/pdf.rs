//! The list of participants as a PDF, laid out with the shared writer ([`crate::pdf`]): the
//! heading, one section per page, delegations and their people, page numbers and the symbol.

use super::document::{Document, Entry};
use super::rules::date_precision;
use crate::error::Result;
use crate::i18n::Tr;
use crate::i18n::format;
use crate::pdf::{Canvas, Direction, MARGIN, PAGE_H, PAGE_W, TEXT_W};

fn person(layout: &mut Canvas, tr: Tr, p: &Entry) {
    let mut name = p.full_name();
    if p.head {
        name.push_str(&format!(" ({})", tr.t("lop-head")));
    }
    // Keep a person's name and function together on one page.
    layout.need(10.0 * 1.35 * 2.0);
    layout.paragraph(14.0, 10.0, &name);
    let function = p.function();
    if !function.is_empty() {
        layout.paragraph(28.0, 9.0, &function);
    }
    layout.gap(3.0);
}

/// Renders the document as PDF bytes.
pub fn to_pdf(doc: &Document) -> Result<Vec<u8>> {
    let tr = Tr(doc.lang);
    let mut l = Canvas::new_in(Direction::of_language(doc.lang.code()))?;
    let label = doc.issue.as_ref().map(|i| i.label()).unwrap_or_default();
    let status = match &doc.issue {
        Some(i) => tr.ta("lop-issued-on", &[("date", &format::date(tr, i.issued_at.date_naive()))]),
        None => tr.t("lop-draft-notice"),
    };
    if !label.is_empty() {
        l.y -= 10.0;
        let y = l.y;
        l.show_end(MARGIN, y, 10.0, TEXT_W, &label);
    }
    l.paragraph(0.0, 9.0, &status);
    l.gap(18.0);
    l.centred(14.0, doc.heading.title(doc.lang));
    let dates = format::date_range(tr, doc.heading.start_date, doc.heading.end_date, date_precision(&doc.heading));
    l.centred(10.0, &format!("{}, {}", doc.heading.place(doc.lang), dates));
    l.gap(14.0);
    l.centred(16.0, &tr.t("lop-title"));
    l.centred(
        9.0,
        &tr.ta(
            "lop-figures",
            &[("participants", &doc.figures.participants.to_string()), ("states", &doc.figures.states.to_string())],
        ),
    );
    l.gap(12.0);
    if doc.sections.is_empty() {
        l.paragraph(0.0, 10.0, &tr.t("lop-empty"));
    }
    for (i, section) in doc.sections.iter().enumerate() {
        // Each section starts on a new page, as in the printed UN document.
        if i > 0 {
            l.new_page();
        }
        l.need(60.0);
        l.gap(6.0);
        l.paragraph(0.0, 13.0, &tr.t(&format!("lop-section-{}", section.section.code())));
        l.gap(6.0);
        for d in &section.delegations {
            l.need(40.0);
            l.gap(4.0);
            l.paragraph(0.0, 11.0, &d.name);
            l.gap(2.0);
            for p in &d.people {
                person(&mut l, tr, p);
            }
        }
    }
    // Page numbers, and the symbol from the second page on, once the count is known.
    l.finish(doc.heading.title(doc.lang), |l, n, total| {
        let footer = format!("{n} / {total}");
        l.show_centred(PAGE_W / 2.0, 36.0, 8.0, &footer);
        if !label.is_empty() && n > 1 {
            l.show_end(MARGIN, PAGE_H - 36.0, 8.0, TEXT_W, &label);
        }
    })
}
