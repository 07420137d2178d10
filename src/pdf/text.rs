//! Text as the PDF prints it: the fonts shipped with the binary, the font chosen for each run of
//! characters (Noto Sans, then Noto Sans Arabic, then Noto Sans CJK SC), the order of
//! right-to-left and left-to-right runs on a line (unicode-bidi), and the glyphs of each run
//! shaped by rustybuzz (Arabic joined, marks placed, kerning). Measuring and drawing use the
//! same [`Line`], so a line is exactly as wide as it was measured.

use std::ops::Range;
use std::sync::LazyLock;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction as Flow, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_normalization::char::is_combining_mark;

use crate::error::{Error, Result};

/// Noto Sans: Latin (with Vietnamese), Greek and Cyrillic (OFL, `assets/fonts/OFL.txt`).
const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Arabic (OFL).
const NOTO_SANS_ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
/// Noto Sans CJK SC, Simplified Chinese (OFL), the largest by far: about 16 MB.
const NOTO_SANS_CJK_SC: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular.otf");

/// The direction a document reads in: its lines start at the left or the right margin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Chinese).
    #[default]
    Ltr,
    /// Right to left (Arabic): lines start at the right margin.
    Rtl,
}

impl Direction {
    /// The direction of documents in the language of BCP 47 tag `code` ("ar" reads right to left).
    pub fn of_language(code: &str) -> Self {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        if matches!(primary.as_str(), "ar" | "fa" | "he" | "ur") { Self::Rtl } else { Self::Ltr }
    }

    fn level(self) -> Level {
        match self {
            Self::Ltr => Level::ltr(),
            Self::Rtl => Level::rtl(),
        }
    }
}

/// One font, parsed once for shaping (rustybuzz) and once for writing (krilla).
pub(super) struct Face {
    shaper: rustybuzz::Face<'static>,
    /// The font krilla embeds (as a subset of the glyphs used).
    pub(super) font: Font,
    upem: f32,
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Self> {
        let shaper = rustybuzz::Face::from_slice(data, 0)?;
        let font = Font::new(data.into(), 0)?;
        let upem = shaper.units_per_em() as f32;
        Some(Self { shaper, font, upem })
    }

    fn covers(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

/// The fallback chain, in order of preference; parsed once per process.
static FACES: LazyLock<Option<[Face; 3]>> =
    LazyLock::new(|| Some([Face::new(NOTO_SANS)?, Face::new(NOTO_SANS_ARABIC)?, Face::new(NOTO_SANS_CJK_SC)?]));

/// The fonts, or an error if one of the shipped files cannot be read (a broken build).
pub(super) fn faces() -> Result<&'static [Face; 3]> {
    FACES.as_ref().ok_or_else(|| Error::Internal("pdf fonts: a shipped font cannot be read".into()))
}

/// A glyph as shaped, in ems (multiply by the font size for points).
#[derive(Debug, Clone)]
struct Shaped {
    id: u16,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
    /// The bytes of the run's text that the glyph's cluster stands for.
    cluster: Range<usize>,
}

/// A run of one font and one direction, its glyphs in visual order (left to right).
#[derive(Debug, Clone)]
pub(super) struct Run {
    /// Index in the fallback chain.
    pub(super) face: usize,
    /// Its text, in logical order.
    pub(super) text: String,
    glyphs: Vec<Shaped>,
    /// Its width in ems.
    pub(super) width: f32,
}

impl Run {
    /// The glyphs as krilla draws them (visual order, clusters into [`Run::text`]).
    pub(super) fn glyphs(&self) -> Vec<KrillaGlyph> {
        self.glyphs
            .iter()
            .map(|g| {
                KrillaGlyph::new(
                    GlyphId::new(u32::from(g.id)),
                    g.advance,
                    g.x_offset,
                    g.y_offset,
                    0.0,
                    g.cluster.clone(),
                    None,
                )
            })
            .collect()
    }
}

/// One line of text, shaped: its runs in visual order, left to right.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) runs: Vec<Run>,
    /// Its width in ems.
    pub(super) width: f32,
}

/// Shapes `text` as one line of a paragraph reading in `dir`: bidi runs in visual order, each
/// cut where the font changes, each shaped in its own direction.
pub(super) fn shape_line(faces: &[Face; 3], text: &str, dir: Direction) -> Line {
    if text.is_empty() {
        return Line { runs: Vec::new(), width: 0.0 };
    }
    let bidi = ParagraphBidiInfo::new(text, Some(dir.level()));
    let (levels, level_runs) = bidi.visual_runs(0..text.len());
    let mut runs = Vec::new();
    for range in level_runs {
        let rtl = levels[range.start].is_rtl();
        let mut pieces: Vec<Run> =
            by_font(faces, &text[range]).into_iter().map(|(face, piece)| shape(faces, face, piece, rtl)).collect();
        // The pieces of a right-to-left run print from its end to its start.
        if rtl {
            pieces.reverse();
        }
        runs.extend(pieces);
    }
    let width = runs.iter().map(|r| r.width).sum();
    Line { runs, width }
}

/// `text` cut into pieces of one font each: the first font of the chain that has the
/// character, except that spaces, punctuation and combining marks stay in the font of what
/// they follow when it has them (so "محمد بن سلمان" is one Arabic piece, and a mark stays
/// on its letter). A character no font has prints as the first font's empty box.
fn by_font<'t>(faces: &[Face; 3], text: &'t str) -> Vec<(usize, &'t str)> {
    let mut pieces = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        let follows =
            current.is_some_and(|(face, _)| (!c.is_alphabetic() || is_combining_mark(c)) && faces[face].covers(c));
        if follows {
            continue;
        }
        let face = faces.iter().position(|f| f.covers(c)).unwrap_or(0);
        match current {
            Some((f, _)) if f == face => {}
            Some((f, start)) => {
                pieces.push((f, &text[start..i]));
                current = Some((face, i));
            }
            None => current = Some((face, i)),
        }
    }
    if let Some((face, start)) = current {
        pieces.push((face, &text[start..]));
    }
    pieces
}

/// Shapes one piece with one font in one direction.
fn shape(faces: &[Face; 3], face: usize, text: &str, rtl: bool) -> Run {
    let f = &faces[face];
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl { Flow::RightToLeft } else { Flow::LeftToRight });
    let out = rustybuzz::shape(&f.shaper, &[], buffer);
    // A cluster ends where the next one (in logical order) starts.
    let mut starts: Vec<usize> = out.glyph_infos().iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| starts.iter().copied().find(|&s| s > start).unwrap_or(text.len());
    let glyphs: Vec<Shaped> = out
        .glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            Shaped {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance as f32 / f.upem,
                x_offset: pos.x_offset as f32 / f.upem,
                y_offset: pos.y_offset as f32 / f.upem,
                cluster: start..end_of(start),
            }
        })
        .collect();
    let width = glyphs.iter().map(|g| g.advance).sum();
    Run { face, text: text.to_owned(), glyphs, width }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faces() -> &'static [Face; 3] {
        super::faces().unwrap()
    }

    #[test]
    fn each_script_gets_the_font_that_has_it() {
        assert_eq!(
            by_font(faces(), "Ivan Petrov Иван محمد بن سلمان 王小明, Nguyễn"),
            [(0, "Ivan Petrov Иван "), (1, "محمد بن سلمان "), (2, "王小明, "), (0, "Nguyễn")],
            "spaces and punctuation stay with what they follow"
        );
    }

    #[test]
    fn arabic_is_joined_and_printed_right_to_left() {
        let line = shape_line(faces(), "محمد", Direction::Ltr);
        assert_eq!(line.runs.len(), 1);
        let run = &line.runs[0];
        assert_eq!(run.face, 1);
        // Visual order: the last letter (dal) first, its cluster at the end of the text.
        assert_eq!(run.glyphs.first().map(|g| g.cluster.start), Some("محم".len()));
        assert_eq!(run.glyphs.last().map(|g| g.cluster.start), Some(0));
        // Joined forms are not the isolated ones: the two mim glyphs (initial, medial) differ.
        let isolated = shape_line(faces(), "م", Direction::Ltr).runs[0].glyphs[0].id;
        assert!(run.glyphs.iter().all(|g| g.id != isolated), "every letter joined: {:?}", run.glyphs);
    }

    #[test]
    fn a_mixed_line_puts_each_run_in_its_place() {
        // In a left-to-right line, the Arabic name sits between the Latin words.
        let line = shape_line(faces(), "Mr. محمد بن سلمان (Jordan)", Direction::Ltr);
        let texts: Vec<&str> = line.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Mr. ", "محمد بن سلمان", " (Jordan)"]);
        // In a right-to-left line the name comes first, at the right; the brackets take the
        // line's direction, so ")" is drawn first (mirrored by the shaper, it prints as "(").
        let line = shape_line(faces(), "محمد بن سلمان (Jordan)", Direction::Rtl);
        let texts: Vec<&str> = line.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, [")", "Jordan", "(", "محمد بن سلمان "]);
    }

    #[test]
    fn directions_come_from_the_language() {
        assert_eq!(Direction::of_language("ar"), Direction::Rtl);
        assert_eq!(Direction::of_language("ar-JO"), Direction::Rtl);
        for code in ["en", "fr", "ru", "es", "zh", "zh-Hans", ""] {
            assert_eq!(Direction::of_language(code), Direction::Ltr, "{code}");
        }
    }
}
