//! A small PDF writer shared by the printed documents (the list of participants, certificates
//! of attendance, badges, the donor report): A4 pages of text in DejaVu Sans, embedded whole
//! as a TrueType CID font (Identity-H) with a ToUnicode map, so any name the font covers
//! (Latin, Greek, Cyrillic, Vietnamese "Nguyễn") prints and can be searched and copied, plus
//! filled and outlined rectangles (QR codes, badge frames). Text is measured with the font's
//! advance widths, so every layout wraps it to its column (a word wider than the column is
//! broken), shrinks it, or cuts it with an ellipsis: no text leaves its box or prints over
//! another. Limits: no kerning, ligatures or right-to-left shaping; characters outside the
//! font print as its empty box. A whole dependency (printpdf) would add compile time for no
//! more.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::LazyLock;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use ttf_parser::{Face, GlyphId};

use crate::error::{Error, Result};
use crate::i18n::{Lang, Tr};

/// The language a document prints in: this writer shapes no Arabic and has no Chinese glyphs,
/// so a document asked for in either prints in English rather than in broken letters.
pub fn printable(tr: Tr) -> Tr {
    match tr.lang() {
        Lang::Ar | Lang::Zh => Tr(Lang::En),
        _ => tr,
    }
}

/// DejaVu Sans (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`).
const FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// The font file compressed once per process (it is the bulk of every PDF).
static FONT_DEFLATED: LazyLock<Vec<u8>> = LazyLock::new(|| deflate(FONT));

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

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = ZlibEncoder::new(Vec::new(), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

/// A document being drawn: pages of content operators, a cursor for flowing text, and the
/// glyphs used so far (for the widths and the ToUnicode map).
pub struct Canvas {
    face: Face<'static>,
    scale: f32,
    pages: Vec<String>,
    ops: String,
    /// Baseline of the last line of flowing text, from the bottom of the page.
    pub y: f32,
    used: BTreeMap<u16, char>,
}

impl Canvas {
    /// An empty document with the cursor at the top of its first page.
    pub fn new() -> Result<Self> {
        let face = Face::parse(FONT, 0).map_err(|e| Error::Internal(format!("pdf font: {e}")))?;
        let scale = 1000.0 / f32::from(face.units_per_em());
        Ok(Self { face, scale, pages: Vec::new(), ops: String::new(), y: PAGE_H - MARGIN, used: BTreeMap::new() })
    }

    fn glyph(&mut self, c: char) -> u16 {
        let id = self.face.glyph_index(c).map_or(0, |g| g.0);
        self.used.entry(id).or_insert(c);
        id
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| {
                let g = self.face.glyph_index(c).unwrap_or(GlyphId(0));
                f32::from(self.face.glyph_hor_advance(g).unwrap_or(0)) * self.scale
            })
            .sum::<f32>()
            * size
            / 1000.0
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

    /// Draws `text` with its baseline starting at (`x`, `y`).
    pub fn show(&mut self, x: f32, y: f32, size: f32, text: &str) {
        let mut hex = String::with_capacity(text.len() * 4);
        for c in text.chars() {
            let g = self.glyph(c);
            let _ = write!(hex, "{g:04X}");
        }
        let _ = writeln!(self.ops, "BT /F1 {size} Tf {x:.2} {y:.2} Td <{hex}> Tj ET");
    }

    /// Draws `text` centred on `centre_x`.
    pub fn show_centred(&mut self, centre_x: f32, y: f32, size: f32, text: &str) {
        let x = centre_x - self.width(text, size) / 2.0;
        self.show(x, y, size, text);
    }

    /// A filled black rectangle; (`x`, `y`) is its lower-left corner.
    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        let _ = writeln!(self.ops, "{x:.2} {y:.2} {w:.2} {h:.2} re f");
    }

    /// A thin grey outline of a rectangle (a cutting guide, a frame).
    pub fn outline_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        let _ = writeln!(self.ops, "q 0.6 G 0.5 w {x:.2} {y:.2} {w:.2} {h:.2} re S Q");
    }

    /// Splits `text` into lines no wider than `width`, between words; a word wider than
    /// `width` by itself (a URL, a long compound name) is broken between its characters.
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

    /// The longest start of `text` no wider than `width` (at least one character, so that
    /// wrapping always moves on), and the rest.
    fn split_at_width<'t>(&self, text: &'t str, size: f32, width: f32) -> (&'t str, &'t str) {
        let mut used = 0.0;
        let mut end = 0;
        for (i, c) in text.char_indices() {
            used += self.width(c.encode_utf8(&mut [0; 4]), size);
            if used > width && i > 0 {
                break;
            }
            end = i + c.len_utf8();
        }
        text.split_at(end)
    }

    /// `text` cut to fit `width`, ending with an ellipsis when anything was cut.
    pub fn truncate(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let room = (width - self.width(ELLIPSIS, size)).max(0.0);
        let mut kept = String::new();
        let mut used = 0.0;
        for c in text.chars() {
            let w = self.width(c.encode_utf8(&mut [0; 4]), size);
            if used + w > room {
                break;
            }
            used += w;
            kept.push(c);
        }
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

    /// Draws `text` ending at `right_x`, cut to `max_width`.
    pub fn show_right(&mut self, right_x: f32, y: f32, size: f32, max_width: f32, text: &str) {
        let text = self.truncate(text, size, max_width);
        let x = right_x - self.width(&text, size);
        self.show(x, y, size, &text);
    }

    /// A paragraph at `indent`, wrapped to the text width, moving down.
    pub fn paragraph(&mut self, indent: f32, size: f32, text: &str) {
        let lines = self.wrap(text, size, TEXT_W - indent);
        for l in lines {
            self.need(size * 1.35);
            self.y -= size * 1.35;
            self.show(MARGIN + indent, self.y, size, &l);
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

    /// A line of a report: the label on the left, the value flush right. When both do not fit
    /// side by side, each wraps in its own column, so neither prints over the other.
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
            self.show(MARGIN + INDENT, top - LEADING * (i + 1) as f32, SIZE, text);
        }
        for (i, text) in values.iter().enumerate() {
            let x = PAGE_W - MARGIN - self.width(text, SIZE);
            self.show(x, top - LEADING * (i + 1) as f32, SIZE, text);
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
    pub fn finish(mut self, title: &str, stamp: impl Fn(&mut Canvas, usize, usize)) -> Vec<u8> {
        if !self.ops.is_empty() {
            self.new_page();
        }
        if self.pages.is_empty() {
            self.pages.push(String::new());
        }
        let total = self.pages.len();
        let mut pages = std::mem::take(&mut self.pages);
        for (n, ops) in pages.iter_mut().enumerate() {
            self.ops.clear();
            stamp(&mut self, n + 1, total);
            ops.push_str(&self.ops);
        }
        write_file(&self, &pages, title)
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

/// Renders a plain text report (centred title, then blocks, page numbers at the foot) as PDF
/// bytes; the donor report uses it.
pub fn report_pdf(title: &str, blocks: &[Block]) -> Result<Vec<u8>> {
    let mut l = Canvas::new()?;
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
    Ok(l.finish(title, |l, n, total| l.show_centred(PAGE_W / 2.0, 36.0, 8.0, &format!("{n} / {total}"))))
}

/// A PDF text string in UTF-16BE, so any title survives.
fn text_string(s: &str) -> String {
    let mut hex = String::from("<FEFF");
    for unit in s.encode_utf16() {
        let _ = write!(hex, "{unit:04X}");
    }
    hex.push('>');
    hex
}

fn to_unicode(used: &BTreeMap<u16, char>) -> String {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let pairs: Vec<(&u16, &char)> = used.iter().collect();
    for chunk in pairs.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (g, c) in chunk {
            let mut utf16 = String::new();
            for unit in c.encode_utf16(&mut [0; 2]) {
                let _ = write!(utf16, "{unit:04X}");
            }
            let _ = writeln!(cmap, "<{g:04X}> <{utf16}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap
}
fn write_file(l: &Canvas, pages: &[String], title: &str) -> Vec<u8> {
    let face = &l.face;
    let s = |v: i16| (f32::from(v) * l.scale).round() as i32;
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let stream = |dict: &str, data: &[u8]| {
        let mut o = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        o.extend_from_slice(data);
        o.extend_from_slice(b"\nendstream");
        o
    };
    let first_page = 9;
    let kids: Vec<String> = (0..pages.len()).map(|i| format!("{} 0 R", first_page + 2 * i)).collect();
    // 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, 6 font file, 7 ToUnicode, 8 info.
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()).into_bytes());
    objects.push(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 7 0 R >>"
            .to_vec(),
    );
    let mut widths = String::new();
    for g in l.used.keys() {
        let w = f32::from(face.glyph_hor_advance(GlyphId(*g)).unwrap_or(0)) * l.scale;
        let _ = write!(widths, "{g} [{}] ", w.round() as i32);
    }
    objects.push(
        format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 600 /W [{widths}] /CIDToGIDMap /Identity >>"
        )
        .into_bytes(),
    );
    let bbox = face.global_bounding_box();
    objects.push(
        format!(
            "<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [{} {} {} {}] /ItalicAngle 0 /Ascent {} /Descent {} /CapHeight {} /StemV 80 /FontFile2 6 0 R >>",
            s(bbox.x_min),
            s(bbox.y_min),
            s(bbox.x_max),
            s(bbox.y_max),
            s(face.ascender()),
            s(face.descender()),
            s(face.capital_height().unwrap_or(face.ascender())),
        )
        .into_bytes(),
    );
    objects.push(stream(&format!("/Filter /FlateDecode /Length1 {}", FONT.len()), &FONT_DEFLATED));
    objects.push(stream("/Filter /FlateDecode", &deflate(to_unicode(&l.used).as_bytes())));
    objects.push(format!("<< /Title {} /Producer (Convene) >>", text_string(title)).into_bytes());
    for (i, ops) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                first_page + 2 * i + 1
            )
            .into_bytes(),
        );
        objects.push(stream("/Filter /FlateDecode", &deflate(ops.as_bytes())));
    }
    let mut out: Vec<u8> = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for off in offsets {
        // Each entry is exactly 20 bytes: the space before the newline is required.
        let _ = writeln!(table, "{off:010} 00000 n ");
    }
    let _ =
        write!(table, "trailer\n<< /Size {} /Root 1 0 R /Info 8 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1);
    out.extend_from_slice(table.as_bytes());
    out
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
        assert_eq!((size, lines.len()), (15.0, 2), "a short name keeps the largest size");
        let long = "Ms. Maria-Fernanda Alejandra Fernández-Villaverde y Gutiérrez de la Concha";
        let (size, lines) = c.shrink_to_fit(long, &[15.0, 12.0, 10.0], 1.2, 123.0, 54.0);
        assert!(size < 15.0 && lines.len() as f32 * size * 1.2 <= 54.0, "{size} {lines:?}");
        assert!(!lines.concat().contains('…'), "smaller, and whole: {lines:?}");
        let (size, lines) = c.shrink_to_fit(&long.repeat(4), &[15.0, 12.0, 10.0], 1.2, 123.0, 54.0);
        assert_eq!((size, lines.len()), (10.0, 4));
        assert!(lines[3].ends_with('…'));
    }
}
