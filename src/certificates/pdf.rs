//! The printed documents of this capability, drawn with the shared writer ([`crate::pdf`]):
//! the certificate of attendance (one A4 page) and badges (eight to an A4 page, with the
//! check-in QR code drawn as filled squares).

use super::printable::{Badge, Printable};
use crate::error::{Error, Result};
use crate::i18n::Tr;
use crate::i18n::format;
use crate::pdf::{Canvas, Direction, MARGIN, PAGE_H, PAGE_W, TEXT_W};

/// The certificate as a one-page PDF in `tr`'s language; `place` is the event's venue and
/// city, `verify_url` the public verification page of its code.
pub fn certificate(tr: Tr, p: &Printable, place: &str, verify_url: &str) -> Result<Vec<u8>> {
    let mut l = Canvas::new_in(Direction::of_language(tr.0.code()))?;
    // The event's title in the certificate's language where the event has it.
    let e = &crate::events::content::for_reader(&p.event, tr.lang());
    let c = &p.certificate;
    // A frame inside the margins, as on a printed diploma.
    l.outline_rect(MARGIN / 2.0, MARGIN / 2.0, PAGE_W - MARGIN, PAGE_H - MARGIN);
    // Each block has a bounded number of lines, so that the longest title, name or place
    // still ends above the verification block at the foot of the page.
    l.gap(90.0);
    l.centred_fit(26.0, &tr.t("cert-pdf-title"), 2);
    l.gap(40.0);
    l.centred_fit(12.0, &tr.t("cert-pdf-certify"), 2);
    l.gap(14.0);
    l.centred_shrink(&[22.0, 18.0, 15.0, 12.0], &p.name(), 2);
    l.gap(14.0);
    l.centred_fit(12.0, &tr.t("cert-pdf-attended"), 2);
    l.gap(10.0);
    l.centred_shrink(&[16.0, 13.0, 11.0], &e.title, 3);
    l.gap(6.0);
    // Place and dates share two lines; a place too long for that gives the dates a line of
    // their own, so they always print whole.
    let dates = format::date_range(tr, e.start_date, e.end_date, e.date_precision);
    let together = format!("{place}, {dates}");
    if l.wrap(&together, 12.0, TEXT_W).len() <= 2 {
        l.centred(12.0, &together);
    } else {
        l.centred_fit(12.0, &format!("{place},"), 1);
        l.centred_fit(12.0, &dates, 1);
    }
    l.gap(24.0);
    l.centred_fit(
        12.0,
        &tr.ta("cert-pdf-days", &[("attended", &c.days_attended.to_string()), ("total", &c.days_total.to_string())]),
        2,
    );
    l.gap(50.0);
    l.centred_fit(10.0, &tr.ta("cert-pdf-issued", &[("date", &format::date(tr, c.issued_at.date_naive()))]), 1);
    // The verification block sits at the foot of the page; the address wraps rather than
    // being cut, so it still works when typed from the paper.
    l.y = 150.0;
    l.centred_fit(10.0, &tr.ta("cert-pdf-code", &[("code", &c.verification_code)]), 1);
    l.gap(4.0);
    l.centred_fit(9.0, &tr.t("cert-pdf-verify"), 2);
    l.centred(9.0, verify_url);
    l.finish(&format!("{} — {}", tr.t("cert-pdf-title"), e.title), |_, _, _| {})
}

const BADGE_COLUMNS: usize = 2;
const BADGE_ROWS: usize = 4;
const BADGE_W: f32 = 255.0;
const BADGE_H: f32 = 180.0;
const PAD: f32 = 12.0;
const QR_SIZE: f32 = 96.0;

/// Badges of an event (eight to an A4 page, with cutting outlines), in the given order, laid
/// out in `dir`: an Arabic badge reads from the right, its QR code on the left, and the first
/// badge of a page is the top right one.
pub fn badges(dir: Direction, event_title: &str, badges: &[Badge]) -> Result<Vec<u8>> {
    let mut l = Canvas::new_in(dir)?;
    let gap_x = (PAGE_W - BADGE_W * BADGE_COLUMNS as f32) / (BADGE_COLUMNS as f32 + 1.0);
    let gap_y = (PAGE_H - BADGE_H * BADGE_ROWS as f32) / (BADGE_ROWS as f32 + 1.0);
    let per_page = BADGE_COLUMNS * BADGE_ROWS;
    for (i, b) in badges.iter().enumerate() {
        if i > 0 && i % per_page == 0 {
            l.new_page();
        }
        let slot = i % per_page;
        let (col, row) = (slot % BADGE_COLUMNS, slot / BADGE_COLUMNS);
        let col = match dir {
            Direction::Ltr => col,
            Direction::Rtl => BADGE_COLUMNS - 1 - col,
        };
        let x = gap_x + col as f32 * (BADGE_W + gap_x);
        let top = PAGE_H - gap_y - row as f32 * (BADGE_H + gap_y);
        badge(&mut l, dir, x, top, event_title, b)?;
    }
    l.finish(event_title, |_, _, _| {})
}

/// Where a badge's text lines start and its QR code stands, across a badge whose left edge is
/// at `x`: text from the left and the code at the right, or the reverse from right to left.
struct BadgeColumns {
    dir: Direction,
    x: f32,
}

impl BadgeColumns {
    /// The left `x` of a line `width` points wide, set from the badge's start edge.
    fn line_x(&self, width: f32) -> f32 {
        match self.dir {
            Direction::Ltr => self.x + PAD,
            Direction::Rtl => self.x + BADGE_W - PAD - width,
        }
    }

    /// The left `x` of the QR code, at the badge's end edge.
    fn qr_x(&self) -> f32 {
        match self.dir {
            Direction::Ltr => self.x + BADGE_W - PAD - QR_SIZE,
            Direction::Rtl => self.x + PAD,
        }
    }
}

/// One badge with its top-left corner at (`x`, `top`), reading in `dir`.
fn badge(l: &mut Canvas, dir: Direction, x: f32, top: f32, event_title: &str, b: &Badge) -> Result<()> {
    l.outline_rect(x, top - BADGE_H, BADGE_W, BADGE_H);
    let cols = BadgeColumns { dir, x };
    let show = |l: &mut Canvas, y: f32, size: f32, line: &str| {
        let at = cols.line_x(l.width(line, size));
        l.show(at, y, size, line);
    };
    let text_w = BADGE_W - QR_SIZE - 3.0 * PAD;
    // Every block has at most so many lines (the last cut with an ellipsis), which together
    // end above the role at the foot; the text column stops short of the QR code.
    let mut y = top - PAD - 8.0;
    for line in l.fit(event_title, 7.5, BADGE_W - 2.0 * PAD, 2) {
        show(l, y, 7.5, &line);
        y -= 10.0;
    }
    y -= 12.0;
    // A long name prints smaller rather than cut, in the room of three lines at 15 points.
    let (size, lines) = l.shrink_to_fit(&b.name, &[15.0, 12.0, 10.0], 1.2, text_w, 54.0);
    for line in lines {
        show(l, y, size, &line);
        y -= size * 1.2;
    }
    y -= 4.0;
    for line in l.fit(&b.affiliation, 10.5, text_w, 2) {
        show(l, y, 10.5, &line);
        y -= 13.0;
    }
    if let Some(org) = &b.organisation {
        for line in l.fit(org, 8.5, text_w, 2) {
            show(l, y, 8.5, &line);
            y -= 11.0;
        }
    }
    let role = l.truncate(&b.role.to_uppercase(), 10.0, text_w);
    show(l, top - BADGE_H + PAD, 10.0, &role);
    qr(l, cols.qr_x(), top - BADGE_H + (BADGE_H - QR_SIZE) / 2.0, &b.checkin_code)
}

/// The QR code of `code` as filled squares, `QR_SIZE` points wide, lower-left at (`x`, `y`);
/// a row's adjacent dark modules are one rectangle, to keep the file small.
fn qr(l: &mut Canvas, x: f32, y: f32, code: &str) -> Result<()> {
    let qr = qrcode::QrCode::with_error_correction_level(code.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| Error::Internal(format!("badge QR code: {e}")))?;
    let width = qr.width();
    let modules = qr.to_colors();
    let size = QR_SIZE / width as f32;
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if modules[row * width + col] == qrcode::Color::Dark {
                let start = col;
                while col < width && modules[row * width + col] == qrcode::Color::Dark {
                    col += 1;
                }
                let top = y + QR_SIZE - row as f32 * size;
                l.fill_rect(x + start as f32 * size, top - size, (col - start) as f32 * size, size);
            } else {
                col += 1;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn badge(n: usize) -> Badge {
        Badge {
            name: format!("Ms. Participant Number {n}"),
            affiliation: "Togo".into(),
            organisation: Some("Ministère de la Sécurité".into()),
            role: "Trainee".into(),
            checkin_code: format!("CK1.{n}.1.1.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"),
        }
    }

    #[test]
    fn eight_badges_fill_a_page() {
        let count_pages = |pdf: &[u8]| {
            let text = String::from_utf8_lossy(pdf);
            text.matches("/Type/Page").count() - text.matches("/Type/Pages").count()
        };
        let eight: Vec<Badge> = (1..=8).map(badge).collect();
        let pdf = badges(Direction::Ltr, "Workshop", &eight).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(count_pages(&pdf), 1);
        let nine: Vec<Badge> = (1..=9).map(badge).collect();
        assert_eq!(count_pages(&badges(Direction::Ltr, "Workshop", &nine).unwrap()), 2);
        assert_eq!(
            count_pages(&badges(Direction::Ltr, "Workshop", &[]).unwrap()),
            1,
            "an empty event prints one blank page"
        );
    }

    #[test]
    fn an_arabic_badge_reads_from_the_right_with_its_code_on_the_left() {
        let (ltr, rtl) = (BadgeColumns { dir: Direction::Ltr, x: 40.0 }, BadgeColumns { dir: Direction::Rtl, x: 40.0 });
        assert_eq!(ltr.line_x(100.0), 40.0 + PAD, "left to right: lines start at the left edge");
        assert_eq!(rtl.line_x(100.0), 40.0 + BADGE_W - PAD - 100.0, "right to left: lines end at the right edge");
        assert!(rtl.qr_x() < rtl.line_x(text_w_max()), "the code stands left of the text");
        assert!(ltr.qr_x() > ltr.line_x(10.0) + text_w_max());
        let arabic = Badge { name: "أمينة ديالو".into(), role: "متدربة".into(), ..badge(1) };
        let pdf = badges(Direction::Rtl, "حلقة عمل إقليمية", &[arabic]).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    fn text_w_max() -> f32 {
        BADGE_W - QR_SIZE - 3.0 * PAD
    }
}
