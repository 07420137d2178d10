//! A small PDF writer shared by the printed documents (the list of participants, certificates
//! of attendance, badges): A4 pages of text in DejaVu Sans, embedded whole as a TrueType CID
//! font (Identity-H) with a ToUnicode map, so any name the font covers (Latin, Greek,
//! Cyrillic, Vietnamese "Nguyễn") prints and can be searched and copied, plus filled and
//! outlined rectangles (QR codes, badge frames).
//! Limits: no kerning, ligatures or right-to-left shaping; characters outside the font print
//! as its empty box. A whole dependency (printpdf) would add compile time for no more.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::LazyLock;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use ttf_parser::{Face, GlyphId};

use crate::error::{Error, Result};

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
/// Lowest line of flowing text.
const BOTTOM: f32 = 64.0;

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

    /// Splits `text` into lines no wider than `width`.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if !line.is_empty() && self.width(&candidate, size) > width {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A paragraph at `indent`, wrapped to the text width, moving down.
    pub fn paragraph(&mut self, indent: f32, size: f32, text: &str) {
        let lines = self.wrap(text, size, PAGE_W - 2.0 * MARGIN - indent);
        for l in lines {
            self.need(size * 1.35);
            self.y -= size * 1.35;
            self.show(MARGIN + indent, self.y, size, &l);
        }
    }

    /// Centred lines, wrapped to the text width, moving down.
    pub fn centred(&mut self, size: f32, text: &str) {
        for l in self.wrap(text, size, PAGE_W - 2.0 * MARGIN) {
            self.need(size * 1.4);
            self.y -= size * 1.4;
            self.show_centred(PAGE_W / 2.0, self.y, size, &l);
        }
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
            Block::Line(label, value) => {
                l.need(13.0);
                l.y -= 13.0;
                let y = l.y;
                l.show(MARGIN + 8.0, y, 10.0, label);
                let x = PAGE_W - MARGIN - l.width(value, 10.0);
                l.show(x, y, 10.0, value);
            }
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
