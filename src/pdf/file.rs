//! The pages written as a PDF file by krilla: each run of text drawn with its font's glyphs as
//! shaped (krilla embeds a subset of each font with the glyphs used, and maps each glyph back
//! to its characters so the text can be searched and copied), rectangles as paths.

use std::rc::Rc;

use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use super::text::{Face, Line};
use super::{Op, PAGE_H, PAGE_W};
use crate::error::{Error, Result};

/// The file of `pages`, with `title` in its properties.
pub(super) fn write(faces: &[Face; 3], pages: &[Vec<Op>], title: &str) -> Result<Vec<u8>> {
    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(title.to_owned()).producer("Convene".to_owned()));
    let size = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| Error::Internal("pdf: page size".into()))?;
    for ops in pages {
        let mut page = doc.start_page_with(size.clone());
        let mut surface = page.surface();
        let mut fills = PathBuilder::new();
        for op in ops {
            match op {
                Op::Fill(r) => {
                    if let Some(rect) = rect(*r) {
                        fills.push_rect(rect);
                    }
                }
                Op::Outline(r) => outline(&mut surface, *r),
                Op::Text { x, y, size, line } => text(&mut surface, faces, *x, *y, *size, line),
            }
        }
        // The page's filled rectangles (a badge's QR codes) are one path, filled once.
        if let Some(path) = fills.finish() {
            surface.set_stroke(None);
            surface.set_fill(Some(Fill::default()));
            surface.draw_path(&path);
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| Error::Internal(format!("pdf: {e:?}")))
}

/// A rectangle given by its lower-left corner in page coordinates, in krilla's coordinates
/// (origin at the top left, y down).
fn rect([x, y, w, h]: [f32; 4]) -> Option<Rect> {
    Rect::from_xywh(x, PAGE_H - y - h, w, h)
}

fn outline(surface: &mut Surface<'_>, r: [f32; 4]) {
    let mut path = PathBuilder::new();
    let Some(rect) = rect(r) else { return };
    path.push_rect(rect);
    let Some(path) = path.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke { paint: luma::Color::new(153).into(), width: 0.5, ..Stroke::default() }));
    surface.draw_path(&path);
}

/// Draws the runs of `line` one after the other from `x`, on the baseline `y`.
fn text(surface: &mut Surface<'_>, faces: &[Face; 3], x: f32, y: f32, size: f32, line: &Rc<Line>) {
    surface.set_stroke(None);
    surface.set_fill(Some(Fill::default()));
    let mut x = x;
    for run in &line.runs {
        let font = faces[run.face].font.clone();
        surface.draw_glyphs(Point::from_xy(x, PAGE_H - y), &run.glyphs(), font, &run.text, size, false);
        x += run.width * size;
    }
}
