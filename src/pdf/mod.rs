//! A small layout layer over krilla shared by the printed documents (the list of participants,
//! certificates of attendance, badges, the donor report): A4 pages of text in the scripts of
//! the six official languages, plus filled and outlined rectangles (QR codes, badge frames).
//! Text is shaped (Arabic joined and right to left, mixed lines ordered by the bidi algorithm,
//! a font per script: see `text.rs`) and measured with that same shaping, so every layout
//! wraps it to its column (a word wider than the column, or Chinese without spaces, is broken
//! between characters), shrinks it, or cuts it with an ellipsis: no text leaves its box or
//! prints over another. A document in a right-to-left language starts its lines at the right
//! margin. The file embeds only the glyphs used (`file.rs`). Limits: one weight, no
//! hyphenation, no Chinese line-breaking rules (a line may start with a comma), and each
//! line's bidi runs are resolved on that line alone.

mod file;
mod text;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub use text::Direction;
use text::{Face, Line};
use unicode_normalization::char::is_combining_mark;

use crate::error::Result;

/// Width of an A4 page in points.
pub const PAGE_W: f32 = 595.28;
/// Height of an A4 page in points.
pub const PAGE_H: f32 = 841.89;
/// Left, right and top margin of flowing text.
pub const MARGIN: f32 = 56.0;
/// Width of flowing text between the margins.
pub const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Lowest line of flowing text.
const BOTTOM: f32 = 64.0;
/// What ends a text cut to fit its box.
const ELLIPSIS: &str = "\u{2026}";

/// What a page shows, in points from its lower-left corner.
enum Op {
    /// A shaped line whose left end is at `x`, on the baseline `y`.
    Text { x: f32, y: f32, size: f32, line: Rc<Line> },
    /// A filled black rectangle: lower-left corner, width and height.
    Fill([f32; 4]),
    /// A thin grey outline of a rectangle: lower-left corner, width and height.
    Outline([f32; 4]),
}

/// A document being drawn: pages of text and shapes, and a cursor for flowing text.
pub struct Canvas {
    faces: &'static [Face; 3],
    dir: Direction,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Baseline of the last line of flowing text, from the bottom of the page.
    pub y: f32,
    /// Lines shaped so far: wrapping and shrinking measure the same text again and again.
    shaped: RefCell<HashMap<String, Rc<Line>>>,
}

impl Canvas {
    /// An empty left-to-right document with the cursor at the top of its first page.
    pub fn new() -> Result<Self> {
        Self::new_in(Direction::Ltr)
    }

    /// An empty document reading in `dir`, with the cursor at the top of its first page.
    pub fn new_in(dir: Direction) -> Result<Self> {
        Ok(Self {
            faces: text::faces()?,
            dir,
            pages: Vec::new(),
            ops: Vec::new(),
            y: PAGE_H - MARGIN,
            shaped: RefCell::new(HashMap::new()),
        })
    }

    /// `text` shaped as a line of this document (once per text).
    fn line(&self, text: &str) -> Rc<Line> {
        if let Some(line) = self.shaped.borrow().get(text) {
            return Rc::clone(line);
        }
        let line = Rc::new(text::shape_line(self.faces, text, self.dir));
        self.shaped.borrow_mut().insert(text.to_owned(), Rc::clone(&line));
        line
    }

    /// Width of `text` at `size` points, as it prints.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.line(text).width * size
    }

    /// Ends the current page (if anything is on it) and puts the cursor at the top of the next.
    pub fn new_page(&mut self) {
        if !self.ops.is_empty() {
            self.pages.push(std::mem::take(&mut self.ops));
        }
        self.y = PAGE_H - MARGIN;
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub fn need(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }

    /// Draws `text` with its baseline starting at (`x`, `y`) and running to the right (the
    /// runs of a right-to-left script inside it read right to left).
    pub fn show(&mut self, x: f32, y: f32, size: f32, text: &str) {
        let line = self.line(text);
        self.ops.push(Op::Text { x, y, size, line });
    }

    /// Draws `text` centred on `centre_x`.
    pub fn show_centred(&mut self, centre_x: f32, y: f32, size: f32, text: &str) {
        let x = centre_x - self.width(text, size) / 2.0;
        self.show(x, y, size, text);
    }

    /// Draws `text` starting `start` points from the page's start edge (the left one, or the
    /// right one in a right-to-left document).
    pub fn show_start(&mut self, start: f32, y: f32, size: f32, text: &str) {
        let x = match self.dir {
            Direction::Ltr => start,
            Direction::Rtl => PAGE_W - start - self.width(text, size),
        };
        self.show(x, y, size, text);
    }

    /// Draws `text`, cut to `max_width`, ending `end` points from the page's end edge (the
    /// right one, or the left one in a right-to-left document).
    pub fn show_end(&mut self, end: f32, y: f32, size: f32, max_width: f32, text: &str) {
        let text = self.truncate(text, size, max_width);
        let width = self.width(&text, size);
        let x = match self.dir {
            Direction::Ltr => PAGE_W - end - width,
            Direction::Rtl => end,
        };
        self.show(x, y, size, &text);
    }

    /// A filled black rectangle; (`x`, `y`) is its lower-left corner.
    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.ops.push(Op::Fill([x, y, w, h]));
    }

    /// A thin grey outline of a rectangle (a cutting guide, a frame).
    pub fn outline_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.ops.push(Op::Outline([x, y, w, h]));
    }

    /// Splits `text` into lines no wider than `width`, between words; a word wider than
    /// `width` by itself (a URL, a long compound name, Chinese) is broken between characters.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if self.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = word.to_owned();
            while self.width(&line, size) > width {
                let (head, tail) = self.split_at_width(&line, size, width);
                lines.push(head.to_owned());
                line = tail.to_owned();
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The longest start of `text` that is no wider than `width` once `suffix` is added,
    /// cut between characters (never before a combining mark); `None` when not even one
    /// character fits.
    fn longest_start<'t>(&self, text: &'t str, suffix: &str, size: f32, width: f32) -> Option<&'t str> {
        let cuts: Vec<usize> = text
            .char_indices()
            .filter(|&(i, c)| i > 0 && !is_combining_mark(c))
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let fits = |end: usize| self.width(&format!("{}{suffix}", &text[..end]), size) <= width;
        // Widths grow with the text, so the last cut that fits is found by bisection.
        let (mut lo, mut hi) = (0, cuts.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if fits(cuts[mid]) { lo = mid + 1 } else { hi = mid }
        }
        lo.checked_sub(1).map(|i| &text[..cuts[i]])
    }

    /// The longest start of `text` no wider than `width` (at least one character, so that
    /// wrapping always moves on), and the rest.
    fn split_at_width<'t>(&self, text: &'t str, size: f32, width: f32) -> (&'t str, &'t str) {
        let first = text.char_indices().find(|&(i, c)| i > 0 && !is_combining_mark(c)).map_or(text.len(), |(i, _)| i);
        let head = self.longest_start(text, "", size, width).unwrap_or(&text[..first]);
        text.split_at(head.len())
    }

    /// `text` cut to fit `width`, ending with an ellipsis when anything was cut.
    pub fn truncate(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let kept = self.longest_start(text, ELLIPSIS, size, width).unwrap_or_default();
        format!("{}{ELLIPSIS}", kept.trim_end())
    }

    /// At most `max_lines` lines of `text` wrapped to `width`; when text is left over, the
    /// last line ends with an ellipsis.
    pub fn fit(&self, text: &str, size: f32, width: f32, max_lines: usize) -> Vec<String> {
        let mut lines = self.wrap(text, size, width);
        if lines.len() > max_lines && max_lines > 0 {
            let rest = lines.split_off(max_lines - 1).join(" ");
            // Wider than one line by construction, so it is cut and ends with the ellipsis.
            lines.push(self.truncate(&rest, size, width));
        }
        lines.truncate(max_lines);
        lines
    }

    /// The largest of `sizes` (largest first) at which `text`, wrapped to `width`, stands in
    /// `height` points with lines `leading` times the size apart, and its lines; at the
    /// smallest size, what does not fit is cut with an ellipsis.
    pub fn shrink_to_fit(
        &self,
        text: &str,
        sizes: &[f32],
        leading: f32,
        width: f32,
        height: f32,
    ) -> (f32, Vec<String>) {
        let room = |size: f32| ((height / (size * leading)).floor() as usize).max(1);
        for &size in sizes {
            let lines = self.wrap(text, size, width);
            if lines.len() <= room(size) {
                return (size, lines);
            }
        }
        let size = sizes.last().copied().unwrap_or(10.0);
        (size, self.fit(text, size, width, room(size)))
    }

    /// A paragraph `indent` points in from the start margin, wrapped to the text width,
    /// moving down.
    pub fn paragraph(&mut self, indent: f32, size: f32, text: &str) {
        let lines = self.wrap(text, size, TEXT_W - indent);
        for l in lines {
            self.need(size * 1.35);
            self.y -= size * 1.35;
            self.show_start(MARGIN + indent, self.y, size, &l);
        }
    }

    /// Centred lines, wrapped to the text width, moving down.
    pub fn centred(&mut self, size: f32, text: &str) {
        let lines = self.wrap(text, size, TEXT_W);
        self.centred_lines(size, &lines);
    }

    /// Like [`Canvas::centred`], in at most `max_lines` lines (the last cut with an ellipsis),
    /// for pages whose blocks have fixed places.
    pub fn centred_fit(&mut self, size: f32, text: &str, max_lines: usize) {
        let lines = self.fit(text, size, TEXT_W, max_lines);
        self.centred_lines(size, &lines);
    }

    /// Centred lines at the largest of `sizes` that fits `lines` lines of the first size (see
    /// [`Canvas::shrink_to_fit`]): a long name or title gets smaller rather than cut.
    pub fn centred_shrink(&mut self, sizes: &[f32], text: &str, lines: usize) {
        let first = sizes.first().copied().unwrap_or(10.0);
        let height = first * 1.4 * lines as f32;
        let (size, wrapped) = self.shrink_to_fit(text, sizes, 1.4, TEXT_W, height);
        self.centred_lines(size, &wrapped);
    }

    fn centred_lines(&mut self, size: f32, lines: &[String]) {
        for l in lines {
            self.need(size * 1.4);
            self.y -= size * 1.4;
            self.show_centred(PAGE_W / 2.0, self.y, size, l);
        }
    }

    /// A line of a report: the label at the start margin, the value at the end one. When both
    /// do not fit side by side, each wraps in its own column, so neither prints over the other.
    fn label_and_value(&mut self, label: &str, value: &str) {
        const SIZE: f32 = 10.0;
        const LEADING: f32 = 13.0;
        const INDENT: f32 = 8.0;
        const GAP: f32 = 12.0;
        let room = TEXT_W - INDENT;
        let (label_w, value_w) = (self.width(label, SIZE), self.width(value, SIZE));
        let (labels, values) = if label_w + GAP + value_w <= room {
            (vec![label.to_owned()], vec![value.to_owned()])
        } else {
            // A short label keeps its width; a long one gets half, the value the rest.
            let label_col = label_w.min(room / 2.0);
            let value_col = room - GAP - label_col;
            (self.wrap(label, SIZE, label_col), self.wrap(value, SIZE, value_col))
        };
        let rows = labels.len().max(values.len()).max(1);
        self.need(LEADING * rows as f32);
        let top = self.y;
        for (i, text) in labels.iter().enumerate() {
            self.show_start(MARGIN + INDENT, top - LEADING * (i + 1) as f32, SIZE, text);
        }
        for (i, text) in values.iter().enumerate() {
            // Each value line fits its column already, so nothing is cut here.
            self.show_end(MARGIN, top - LEADING * (i + 1) as f32, SIZE, TEXT_W, text);
        }
        self.y = top - LEADING * rows as f32;
    }

    /// Moves the cursor down.
    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    /// Ends the last page, lets `stamp(canvas, page, pages)` draw on each page (page numbers,
    /// running heads) once the count is known, and writes the file with `title` in its
    /// properties.
    pub fn finish(mut self, title: &str, stamp: impl Fn(&mut Canvas, usize, usize)) -> Result<Vec<u8>> {
        if !self.ops.is_empty() {
            self.new_page();
        }
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let total = self.pages.len();
        let mut pages = std::mem::take(&mut self.pages);
        for (n, ops) in pages.iter_mut().enumerate() {
            self.ops.clear();
            stamp(&mut self, n + 1, total);
            ops.append(&mut self.ops);
        }
        file::write(self.faces, &pages, title)
    }
}

/// One block of a plain text report: a heading, a paragraph, or a labelled line.
#[derive(Debug, Clone)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// Running text.
    Text(String),
    /// A label and its value on one line.
    Line(String, String),
}

/// Renders a plain text report reading in `dir` (centred title, then blocks, page numbers at
/// the foot) as PDF bytes; the donor report uses it.
pub fn report_pdf(dir: Direction, title: &str, blocks: &[Block]) -> Result<Vec<u8>> {
    let mut l = Canvas::new_in(dir)?;
    l.centred(16.0, title);
    l.gap(12.0);
    for b in blocks {
        match b {
            Block::Heading(h) => {
                l.need(48.0);
                l.gap(8.0);
                l.paragraph(0.0, 13.0, h);
                l.gap(4.0);
            }
            Block::Text(t) => l.paragraph(0.0, 9.0, t),
            Block::Line(label, value) => l.label_and_value(label, value),
        }
    }
    l.finish(title, |l, n, total| l.show_centred(PAGE_W / 2.0, 36.0, 8.0, &format!("{n} / {total}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_their_width_and_keep_every_word() {
        let c = Canvas::new().unwrap();
        let text = "Regional workshop on the implementation of resolution 1540 in Southern Africa";
        let lines = c.wrap(text, 10.0, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| c.width(l, 10.0) <= 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_column_is_broken_between_characters() {
        let c = Canvas::new().unwrap();
        let url = "https://convene.example.org/certificates/verify?code=K7QM-4XPD-9TWA-2HCE";
        let lines = c.wrap(&format!("see {url}"), 9.0, 100.0);
        assert!(lines.iter().all(|l| c.width(l, 9.0) <= 100.0), "{lines:?}");
        assert_eq!(lines[0], "see");
        assert_eq!(lines[1..].concat(), url, "no character lost");
        // Even a column narrower than one character moves on.
        assert_eq!(c.wrap("WWW", 20.0, 1.0), ["W", "W", "W"]);
    }

    #[test]
    fn truncated_text_fits_and_says_it_was_cut() {
        let c = Canvas::new().unwrap();
        assert_eq!(c.truncate("Togo", 10.0, 100.0), "Togo", "what fits is kept whole");
        let cut = c.truncate("Ministère des affaires étrangères et de la coopération", 10.0, 100.0);
        assert!(cut.ends_with('…') && c.width(&cut, 10.0) <= 100.0, "{cut}");
        assert!(cut.starts_with("Ministère"));
    }

    #[test]
    fn fitted_text_has_at_most_so_many_lines_the_last_cut() {
        let c = Canvas::new().unwrap();
        let name = "Ms. Maria de los Ángeles Fernández-Villaverde y Gutiérrez de la Concha";
        let lines = c.fit(name, 15.0, 123.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| c.width(l, 15.0) <= 123.0), "{lines:?}");
        assert_eq!(c.fit("Amina Diallo", 15.0, 123.0, 3), ["Amina Diallo"]);
    }

    #[test]
    fn a_long_text_shrinks_before_it_is_cut() {
        let c = Canvas::new().unwrap();
        let (size, lines) = c.shrink_to_fit("Ms. Amina Diallo", &[15.0, 12.0, 10.0], 1.2, 123.0, 54.0);
        assert_eq!((size, lines.join(" ").as_str()), (15.0, "Ms. Amina Diallo"), "a short name keeps the largest size");
        let long = "Ms. Maria-Fernanda Alejandra Fernández-Villaverde y Gutiérrez de la Concha";
        let (size, lines) = c.shrink_to_fit(long, &[15.0, 12.0, 10.0], 1.2, 123.0, 54.0);
        assert!(size < 15.0 && lines.len() as f32 * size * 1.2 <= 54.0, "{size} {lines:?}");
        assert!(!lines.concat().contains('…'), "smaller, and whole: {lines:?}");
        let (size, lines) = c.shrink_to_fit(&long.repeat(4), &[15.0, 12.0, 10.0], 1.2, 123.0, 54.0);
        assert_eq!((size, lines.len()), (10.0, 4));
        assert!(lines[3].ends_with('…'));
    }

    #[test]
    fn arabic_and_chinese_wrap_to_their_column_whole() {
        let c = Canvas::new().unwrap();
        let arabic = "ورشة العمل الإقليمية بشأن تنفيذ قرار مجلس الأمن 1540 في منطقة الشرق الأوسط";
        let lines = c.wrap(arabic, 12.0, 150.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| c.width(l, 12.0) <= 150.0), "{lines:?}");
        assert_eq!(lines.join(" "), arabic);
        // Chinese has no spaces: it is broken between characters.
        let chinese = "关于执行安全理事会第1540号决议的亚洲及太平洋区域讲习班";
        let lines = c.wrap(chinese, 12.0, 100.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| c.width(l, 12.0) <= 100.0), "{lines:?}");
        assert_eq!(lines.concat(), chinese);
        assert_eq!(c.width("", 12.0), 0.0);
        assert!(c.wrap("", 12.0, 100.0).is_empty());
    }

    #[test]
    fn a_right_to_left_document_starts_its_lines_at_the_right_margin() {
        let starts = |dir: Direction| {
            let mut c = Canvas::new_in(dir).unwrap();
            c.paragraph(10.0, 10.0, "قائمة المشاركين");
            c.show_end(MARGIN, 700.0, 10.0, TEXT_W, "CRP.1");
            let width = |t: &str| c.width(t, 10.0);
            c.ops
                .iter()
                .map(|op| match op {
                    Op::Text { x, line, .. } => (*x, *x + line.width * 10.0),
                    _ => unreachable!(),
                })
                .zip([width("قائمة المشاركين"), width("CRP.1")])
                .map(|((left, right), w)| (left, right, w))
                .collect::<Vec<_>>()
        };
        let ltr = starts(Direction::Ltr);
        assert_eq!(ltr[0].0, MARGIN + 10.0, "left to right: from the left margin");
        assert!((ltr[1].1 - (PAGE_W - MARGIN)).abs() < 0.01, "and the symbol ends at the right one");
        let rtl = starts(Direction::Rtl);
        assert!((rtl[0].1 - (PAGE_W - MARGIN - 10.0)).abs() < 0.01, "right to left: from the right margin");
        assert_eq!(rtl[1].0, MARGIN, "and the symbol ends at the left one");
        assert!(rtl.iter().all(|(l, r, w)| (r - l - w).abs() < 0.01), "drawn as wide as measured");
    }
}
