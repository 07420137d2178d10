//! PDFs read back in Rust, independently of the writer in `src/pdf.rs`: `pdf-extract` (over
//! `lopdf`) parses the file, decodes each shown string through the font's encoding and its
//! ToUnicode map, and places every glyph with the widths the file declares. From that come the
//! text (for "does it say…" checks) and each word's box (for the layout check: no two words
//! print over each other, none runs off its page, over a filled shape such as a QR code, or
//! across a frame such as a badge's outline).

use pdf_extract::{ColorSpace, Document, MediaBox, Object, OutputDev, OutputError, Path, PathOp, Transform};

/// A rectangle in points, lower-left (`x0`, `y0`) to upper-right (`x1`, `y1`).
#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    fn new(a: (f64, f64), b: (f64, f64)) -> Self {
        Self { x0: a.0.min(b.0), y0: a.1.min(b.1), x1: a.0.max(b.0), y1: a.1.max(b.1) }
    }

    /// Whether the two share an area (touching edges do not count).
    fn overlaps(&self, o: &Rect) -> bool {
        const EPS: f64 = 0.01;
        self.x0 < o.x1 - EPS && o.x0 < self.x1 - EPS && self.y0 < o.y1 - EPS && o.y0 < self.y1 - EPS
    }

    fn contains(&self, o: &Rect) -> bool {
        const EPS: f64 = 0.01;
        o.x0 >= self.x0 - EPS && o.x1 <= self.x1 + EPS && o.y0 >= self.y0 - EPS && o.y1 <= self.y1 + EPS
    }
}

/// A word as printed: its text and the box from its first glyph's origin to its last glyph's
/// advance, from the font's descent below the baseline to its ascent above.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub rect: Rect,
}

/// One page: its size, its words, and the rectangles filled (QR modules) or stroked (frames).
#[derive(Debug, Default)]
pub struct Page {
    pub media: Option<Rect>,
    /// Each shown string, in content order, with its baseline and font size.
    runs: Vec<(String, f64, f64)>,
    pub words: Vec<Word>,
    pub fills: Vec<Rect>,
    pub frames: Vec<Rect>,
}

/// A PDF read back.
#[derive(Debug)]
pub struct Pdf {
    pub pages: Vec<Page>,
}

struct Glyph {
    text: String,
    x: f64,
    y: f64,
    advance: f64,
    size: f64,
}

/// Receives what pdf-extract decodes.
struct Collector {
    ascent: f64,
    descent: f64,
    pages: Vec<Page>,
    run: Vec<Glyph>,
}

impl Collector {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn word(&self, glyphs: &[Glyph]) -> Word {
        let (first, last) = (&glyphs[0], &glyphs[glyphs.len() - 1]);
        let size = glyphs.iter().map(|g| g.size).fold(0.0, f64::max);
        Word {
            text: glyphs.iter().map(|g| g.text.as_str()).collect(),
            rect: Rect::new(
                (first.x, first.y + self.descent * size),
                (last.x + last.advance, first.y + self.ascent * size),
            ),
        }
    }

    fn rects(ctm: &Transform, path: &Path) -> Vec<Rect> {
        path.ops
            .iter()
            .filter_map(|op| match *op {
                PathOp::Rect(x, y, w, h) => Some(Rect::new(apply(ctm, x, y), apply(ctm, x + w, y + h))),
                _ => None,
            })
            .collect()
    }
}

/// `(x, y)` through `m` (row vectors, as PDF writes matrices).
fn apply(m: &Transform, x: f64, y: f64) -> (f64, f64) {
    (x * m.m11 + y * m.m21 + m.m31, x * m.m12 + y * m.m22 + m.m32)
}

impl OutputDev for Collector {
    fn begin_page(&mut self, _: u32, media: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> {
        self.pages
            .push(Page { media: Some(Rect::new((media.llx, media.lly), (media.urx, media.ury))), ..Page::default() });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let size = font_size * trm.m11.hypot(trm.m12);
        self.run.push(Glyph { text: text.to_owned(), x: trm.m31, y: trm.m32, advance: width * size, size });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.run.clear();
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        let run = std::mem::take(&mut self.run);
        let Some(first) = run.first() else { return Ok(()) };
        let line: String = run.iter().map(|g| g.text.as_str()).collect();
        let (baseline, size) = (first.y, first.size);
        let mut words = Vec::new();
        for part in run.split(|g| g.text.chars().all(char::is_whitespace)) {
            if !part.is_empty() {
                words.push(self.word(part));
            }
        }
        let page = self.page();
        page.runs.push((line, baseline, size));
        page.words.extend(words);
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn fill(&mut self, ctm: &Transform, _: &ColorSpace, _: &[f64], path: &Path) -> Result<(), OutputError> {
        let rects = Self::rects(ctm, path);
        self.page().fills.extend(rects);
        Ok(())
    }

    fn stroke(&mut self, ctm: &Transform, _: &ColorSpace, _: &[f64], path: &Path) -> Result<(), OutputError> {
        let rects = Self::rects(ctm, path);
        self.page().frames.extend(rects);
        Ok(())
    }
}

/// The tallest ascent and deepest descent (as fractions of the font size) of the document's
/// fonts, from their descriptors.
fn font_extent(doc: &Document) -> (f64, f64) {
    let number = |o: Option<&Object>| o.and_then(|o| o.as_float().ok()).map(|v| f64::from(v) / 1000.0);
    let mut extent: Option<(f64, f64)> = None;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor".as_slice()) {
            continue;
        }
        if let (Some(a), Some(d)) = (number(dict.get(b"Ascent").ok()), number(dict.get(b"Descent").ok())) {
            let (a0, d0) = extent.unwrap_or((a, d));
            extent = Some((a0.max(a), d0.min(d)));
        }
    }
    extent.unwrap_or((0.8, -0.2))
}

impl Pdf {
    /// Reads `bytes`, failing the test when it is not a PDF pdf-extract can read.
    pub fn read(bytes: &[u8]) -> Self {
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF: {:?}", String::from_utf8_lossy(&bytes[..bytes.len().min(40)]));
        let doc = Document::load_mem(bytes).expect("a PDF lopdf can parse");
        let (ascent, descent) = font_extent(&doc);
        let mut collector = Collector { ascent, descent, pages: Vec::new(), run: Vec::new() };
        pdf_extract::output_doc(&doc, &mut collector).expect("a PDF pdf-extract can read");
        Self { pages: collector.pages }
    }

    /// The text, a line per shown string in content order; strings that continue a line (a
    /// label and its value on one baseline) are joined with a space.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            let mut last: Option<(f64, f64)> = None;
            for (line, baseline, size) in &page.runs {
                match last {
                    Some((b, s)) if (b - baseline).abs() < 0.1 && (s - size).abs() < 0.1 => out.push(' '),
                    Some(_) => out.push('\n'),
                    None => {}
                }
                out.push_str(line);
                last = Some((*baseline, *size));
            }
            out.push_str("\n\x0c");
        }
        out
    }

    /// Every layout fault: words that overlap, leave their page, cover a filled shape or cross
    /// a frame's edge. Empty when the document is laid out cleanly.
    pub fn layout_faults(&self) -> Vec<String> {
        let mut faults = Vec::new();
        for (n, page) in self.pages.iter().enumerate() {
            let n = n + 1;
            for (i, a) in page.words.iter().enumerate() {
                if let Some(media) = page.media
                    && !media.contains(&a.rect)
                {
                    faults.push(format!("page {n}: {:?} leaves the page at {:?}", a.text, a.rect));
                }
                for b in &page.words[i + 1..] {
                    if a.rect.overlaps(&b.rect) {
                        faults.push(format!("page {n}: {:?} {:?} overlaps {:?} {:?}", a.text, a.rect, b.text, b.rect));
                    }
                }
                if page.fills.iter().any(|f| f.overlaps(&a.rect)) {
                    faults.push(format!("page {n}: {:?} prints over a filled shape", a.text));
                }
                for frame in &page.frames {
                    if frame.overlaps(&a.rect) && !frame.contains(&a.rect) {
                        faults.push(format!("page {n}: {:?} {:?} crosses the frame {frame:?}", a.text, a.rect));
                    }
                }
            }
        }
        faults
    }

    /// Fails the test, listing the faults, unless the layout is clean.
    pub fn assert_laid_out(&self, what: &str) {
        let faults = self.layout_faults();
        assert!(faults.is_empty(), "{what}: {} layout faults:\n{}", faults.len(), faults.join("\n"));
        assert!(self.pages.iter().any(|p| !p.words.is_empty()), "{what}: no text at all");
    }
}

/// The text of a PDF (see [`Pdf::text`]).
pub fn text(bytes: &[u8]) -> String {
    Pdf::read(bytes).text()
}

/// Texts as long as their fields allow, each with a word wider than any column, for the
/// layout tests of every document.
pub mod long {
    /// `start` continued with `more` (repeated as needed) up to exactly `max` characters.
    fn up_to(start: &str, more: &str, max: usize) -> String {
        let mut s = start.to_owned();
        while s.chars().count() < max {
            s.push(' ');
            s.push_str(more);
        }
        s.chars().take(max).collect::<String>().trim_end().to_owned()
    }

    /// An event title at its limit (300 characters).
    pub fn title() -> String {
        up_to(
            "Regional workshop on the implementation of Security Council resolution 1540 (2004): \
             Nichtverbreitungsvertragsüberprüfungskonferenzvorbereitungsausschusssitzungsprotokollentwurf",
            "and border-control capacity-building in Southern Africa",
            300,
        )
    }

    /// A city at its limit (120 characters).
    pub fn city() -> String {
        up_to(
            "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
            "Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson",
            120,
        )
    }

    /// A venue at its limit (200 characters).
    pub fn venue() -> String {
        up_to("Centre international de conférences Mahatma-Gandhi", "Salle de conférence", 200)
    }

    /// A given name at its limit (120 characters).
    pub fn given_name() -> String {
        up_to("Maria-Fernanda-Alejandra-Guadalupe-Concepción", "de los Ángeles", 120)
    }

    /// A family name at its limit (120 characters).
    pub fn family_name() -> String {
        up_to("Wolfeschlegelsteinhausenbergerdorff-Fernández-Villaverde", "y Gutiérrez de la Concha", 120)
    }

    /// An organisation at its limit (200 characters).
    pub fn organisation() -> String {
        up_to(
            "Ministère de l'Europe et des affaires étrangères, Direction générale de la mondialisation",
            "Sous-direction de la non-prolifération et du désarmement",
            200,
        )
    }

    /// A function at its limit (200 characters).
    pub fn position() -> String {
        up_to(
            "Sous-directrice de la non-prolifération nucléaire, biologique et chimique",
            "et des exportations sensibles",
            200,
        )
    }
}
