//! PDFs read back in Rust, independently of the writer in `src/pdf/`: `pdf-extract` (over
//! `lopdf`) parses the file, decodes each shown glyph through its font's encoding and ToUnicode
//! map, and places it with the widths the file declares. Glyphs that follow each other on a
//! baseline make a run (however the writer split its text operators, e.g. for kerning), and
//! runs split at spaces make words. From that come the text (for "does it say…" checks, with
//! right-to-left words put back in reading order) and each word's box (for the layout check: no
//! two words print over each other, none runs off its page, over a filled shape such as a QR
//! code, or across a frame such as a badge's outline).

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

    fn union(&self, o: &Rect) -> Self {
        Self { x0: self.x0.min(o.x0), y0: self.y0.min(o.y0), x1: self.x1.max(o.x1), y1: self.y1.max(o.y1) }
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

/// How far a glyph is taken to reach above and below its baseline, in ems: the body of Latin
/// letters with their accents and descenders. Not the font descriptors' ascent and descent:
/// those are line spacings padded for stacked marks (1.36 em for Noto Sans, 2.1 em for Noto
/// Sans Arabic), which no printed document uses and no glyph of a name fills.
const ASCENT: f64 = 0.9;
const DESCENT: f64 = 0.25;

/// A word as printed: its text and the box from its leftmost glyph's origin to its rightmost
/// glyph's advance, [`DESCENT`] below the baseline to [`ASCENT`] above.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub rect: Rect,
}

/// One page: its size, its words, and the rectangles filled (QR modules) or stroked (frames).
#[derive(Debug, Default)]
pub struct Page {
    pub media: Option<Rect>,
    /// Each run of glyphs, in content order, with its text in reading order, baseline and size.
    runs: Vec<(String, f64, f64)>,
    pub words: Vec<Word>,
    pub fills: Vec<Rect>,
    pub frames: Vec<Rect>,
    glyphs: Vec<Glyph>,
}

/// A PDF read back.
#[derive(Debug)]
pub struct Pdf {
    pub pages: Vec<Page>,
}

#[derive(Debug)]
struct Glyph {
    text: String,
    x: f64,
    y: f64,
    advance: f64,
    size: f64,
}

impl Glyph {
    fn is_space(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }

    /// Whether it is a letter of a right-to-left script (Hebrew, Arabic).
    fn is_rtl(&self) -> bool {
        self.text
            .chars()
            .any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
    }

    /// Whether the glyph continues `self` on its line (whatever the text operators): it starts
    /// where `self` ends, give or take kerning, or it is a mark (no advance) placed over it.
    /// Two texts drawn into each other are not one: each keeps its words, and they overlap.
    fn followed_by(&self, next: &Glyph) -> bool {
        let gap = next.x - (self.x + self.advance);
        let on_line = (self.y - next.y).abs() < 0.1 && (self.size - next.size).abs() < 0.1;
        on_line && (gap.abs() < 0.2 * self.size || (next.advance == 0.0 && gap > -self.size && gap < 0.0))
    }
}

/// The text of a run of glyphs in reading order: glyphs are drawn left to right, so each
/// stretch of right-to-left letters (with the spaces, punctuation and numbers between them) is
/// turned around, numbers kept as they read.
fn reading_order(glyphs: &[&Glyph]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < glyphs.len() {
        let is_rtl_stretch = |g: &&&Glyph| g.is_rtl() || !g.text.chars().any(char::is_alphabetic);
        if !glyphs[i].is_rtl() {
            out.push_str(&glyphs[i].text);
            i += 1;
            continue;
        }
        let len = glyphs[i..].iter().take_while(is_rtl_stretch).count();
        // The stretch ends at its last right-to-left letter.
        let len = glyphs[i..i + len].iter().rposition(|g| g.is_rtl()).map_or(1, |p| p + 1);
        let mut units: Vec<String> = Vec::new();
        let mut number = false;
        for g in &glyphs[i..i + len] {
            let digit = g.text.chars().all(|c| c.is_ascii_digit());
            match units.last_mut() {
                Some(last) if digit && number => last.push_str(&g.text),
                _ => units.push(g.text.clone()),
            }
            number = digit;
        }
        units.reverse();
        out.extend(units);
        i += len;
    }
    out
}

/// Receives what pdf-extract decodes.
struct Collector {
    pages: Vec<Page>,
}

impl Collector {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// The bounding box of each subpath (krilla writes rectangles as four lines).
    fn rects(ctm: &Transform, path: &Path) -> Vec<Rect> {
        let mut rects: Vec<Rect> = Vec::new();
        let mut open = false;
        for op in &path.ops {
            let points: Vec<(f64, f64)> = match *op {
                PathOp::Rect(x, y, w, h) => {
                    rects.push(Rect::new(apply(ctm, x, y), apply(ctm, x + w, y + h)));
                    open = false;
                    continue;
                }
                PathOp::MoveTo(x, y) => {
                    let p = apply(ctm, x, y);
                    rects.push(Rect::new(p, p));
                    open = true;
                    continue;
                }
                PathOp::LineTo(x, y) => vec![(x, y)],
                PathOp::CurveTo(x1, y1, x2, y2, x, y) => vec![(x1, y1), (x2, y2), (x, y)],
                PathOp::Close => continue,
            };
            if let (true, Some(last)) = (open, rects.last_mut()) {
                for (x, y) in points {
                    let p = apply(ctm, x, y);
                    *last = last.union(&Rect::new(p, p));
                }
            }
        }
        rects
    }
}

/// `(x, y)` through `m` (row vectors, as PDF writes matrices).
fn apply(m: &Transform, x: f64, y: f64) -> (f64, f64) {
    (x * m.m11 + y * m.m21 + m.m31, x * m.m12 + y * m.m22 + m.m32)
}

impl Page {
    /// Groups the page's glyphs into runs and words.
    fn lay_out(&mut self) {
        let glyphs = std::mem::take(&mut self.glyphs);
        let mut start = 0;
        for end in 1..=glyphs.len() {
            if end < glyphs.len() && glyphs[end - 1].followed_by(&glyphs[end]) {
                continue;
            }
            let run: Vec<&Glyph> = glyphs[start..end].iter().collect();
            self.runs.push((reading_order(&run), run[0].y, run[0].size));
            for word in run.split(|g| g.is_space()).filter(|w| !w.is_empty()) {
                let size = word.iter().map(|g| g.size).fold(0.0, f64::max);
                let rect = word
                    .iter()
                    .map(|g| Rect::new((g.x, g.y - DESCENT * size), (g.x + g.advance, g.y + ASCENT * size)))
                    .reduce(|a, b| a.union(&b))
                    .expect("a word has a glyph");
                self.words.push(Word { text: reading_order(word), rect });
            }
            start = end;
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(&mut self, _: u32, media: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> {
        self.pages
            .push(Page { media: Some(Rect::new((media.llx, media.lly), (media.urx, media.ury))), ..Page::default() });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.page().lay_out();
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
        self.page().glyphs.push(Glyph { text: text.to_owned(), x: trm.m31, y: trm.m32, advance: width * size, size });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
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

/// pdf-extract 0.12.1 misreads the range form of a CID font's widths (`first last width`
/// in `/W`): every such glyph gets the default width, and its text no advance. Writers use
/// that form (krilla does), so each range is rewritten in the list form (`first [width …]`)
/// before the file is read.
fn expand_width_ranges(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        let Ok(font) = object.as_dict_mut() else { continue };
        let cid_font = font.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s.starts_with(b"CIDFontType"));
        let Some(w) = font.get(b"W").and_then(Object::as_array).ok().filter(|_| cid_font) else { continue };
        let mut out = Vec::new();
        let mut i = 0;
        while i + 1 < w.len() {
            if let Object::Array(_) = w[i + 1] {
                out.extend_from_slice(&w[i..i + 2]);
                i += 2;
                continue;
            }
            let (first, last) = (w[i].as_i64().expect("a CID"), w[i + 1].as_i64().expect("a CID"));
            let width = w.get(i + 2).cloned().expect("a width");
            out.push(Object::Integer(first));
            out.push(Object::Array(vec![width; (last - first + 1) as usize]));
            i += 3;
        }
        font.set("W", Object::Array(out));
    }
}

impl Pdf {
    /// Reads `bytes`, failing the test when it is not a PDF pdf-extract can read.
    pub fn read(bytes: &[u8]) -> Self {
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF: {:?}", String::from_utf8_lossy(&bytes[..bytes.len().min(40)]));
        let mut doc = Document::load_mem(bytes).expect("a PDF lopdf can parse");
        expand_width_ranges(&mut doc);
        let mut collector = Collector { pages: Vec::new() };
        pdf_extract::output_doc(&doc, &mut collector).expect("a PDF pdf-extract can read");
        Self { pages: collector.pages }
    }

    /// The text, a line per run of glyphs in content order; runs that continue a line (a
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

    /// Every word of every page, in reading order within each run.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.pages.iter().flat_map(|p| p.words.iter().map(|w| w.text.as_str()))
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
