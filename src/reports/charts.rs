//! Charts as inline SVG drawn on the server: readable without JavaScript, printable, and
//! accessible — each is a `figure` whose SVG has a title and a description listing every
//! value, and every value is also printed as text beside its bar.
//!
//! They are drawn for a phone: the SVG is [`WIDTH`] units wide, about one CSS pixel each on a
//! 390 px screen, so text keeps its size there; the stylesheet caps how far it grows on a wide
//! one. A chart with many columns becomes horizontal bars, whose labels have the whole width.
//! Labels too long for their column wrap onto a second line and are cut with an ellipsis
//! after it; the full text stays in each row's `<title>` and in the description.
//!
//! A chart of nothing is no chart: every function returns `None` when there are no rows or
//! every value is zero, and the page says why instead.
//!
//! In a right-to-left language (Arabic) every chart is mirrored: bars grow from the right,
//! labels and values are set from the right, the first column stands at the right.
//!
//! Any module can use them: give the reader's language, a title and `(label, value)` rows.

use maud::{Markup, html};

use crate::i18n::{Tr, format};

/// Width of every chart in SVG units: about one CSS pixel at a phone's 390 px.
const WIDTH: u32 = 360;
/// Text size in SVG units.
const FONT: u32 = 14;
/// Height of one line of label text.
const LINE: u32 = 18;
/// Height of one bar.
const BAR: u32 = 14;
/// Room kept at each side of the text, for glyphs that reach past their advance (a "J").
const INSET: u32 = 2;
/// Lines a label may take before it is cut.
const LABEL_LINES: usize = 2;
/// Colour of the bars: dark enough to print in grey and to pass contrast checks.
const INK: &str = "#005a9c";
/// Colour of text.
const TEXT: &str = "#1b1f24";
/// The light ground of the second series' hatched bars.
const LIGHT: &str = "#dbe9f6";

/// The width of `s` in SVG units at [`FONT`], estimated on the wide side so that text drawn
/// within the estimate fits: per character, about the widths of DejaVu Sans (among the widest
/// sans-serif faces a phone may fall back to); CJK glyphs are a full em.
fn text_width(s: &str) -> u32 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
            'm' | 'w' | 'M' | 'W' | '%' | '@' | '…' => 1.0,
            ' ' | 'i' | 'j' | 'l' | 'I' | 'J' | 'f' | 't' | 'r' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '('
            | ')' => 0.42,
            'A'..='Z' => 0.8,
            c if c.is_ascii() => 0.65,
            c if wide(c) => 1.0,
            _ => 0.75,
        })
        .sum();
    (em * f64::from(FONT)).ceil() as u32
}

/// Whether `c` is drawn a full em wide (CJK, kana, hangul, full-width forms).
fn wide(c: char) -> bool {
    matches!(u32::from(c), 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// `label` in at most `lines` lines of at most `width` units each: broken between words, or
/// anywhere in a word too long for a line (and in scripts without spaces); the last line cut
/// with an ellipsis when the rest does not fit.
fn wrap(label: &str, width: u32, lines: usize) -> Vec<String> {
    // Every line the label would take, each marked when it ends inside a word.
    let mut all: Vec<(String, bool)> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        let joined = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if text_width(&joined) <= width {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            all.push((std::mem::take(&mut line), false));
        }
        for c in word.chars() {
            let longer = format!("{line}{c}");
            if text_width(&longer) > width && !line.is_empty() {
                all.push((std::mem::replace(&mut line, c.to_string()), true));
            } else {
                line = longer;
            }
        }
    }
    if !line.is_empty() || all.is_empty() {
        all.push((line, false));
    }
    if all.len() <= lines.max(1) {
        return all.into_iter().map(|(l, _)| l).collect();
    }
    let keep = lines.max(1) - 1;
    let mut rest = String::new();
    for (l, in_word) in &all[keep..] {
        rest.push_str(l);
        if !in_word {
            rest.push(' ');
        }
    }
    let mut out: Vec<String> = all.into_iter().take(keep).map(|(l, _)| l).collect();
    out.push(ellipsis(rest.trim_end(), width));
    out
}

/// `s` cut so that it and an ellipsis fit in `width` units (`s` itself when it fits).
fn ellipsis(s: &str, width: u32) -> String {
    if text_width(s) <= width {
        return s.to_owned();
    }
    let mut cut: String = String::new();
    for c in s.chars() {
        let next = format!("{cut}{c}…");
        if text_width(&next) > width {
            break;
        }
        cut.push(c);
    }
    format!("{}…", cut.trim_end())
}

/// An identifier for the title and description elements, unique enough within one page.
fn ident(title: &str, rows: usize) -> String {
    let mut h: u32 = 2_166_136_261;
    for b in title.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
    }
    format!("chart-{h:08x}-{rows}")
}

/// "label: value; label: value" — the chart's numbers for screen readers.
fn describe<L: AsRef<str>>(rows: &[(L, String)]) -> String {
    rows.iter().map(|(l, v)| format!("{}: {v}", l.as_ref())).collect::<Vec<_>>().join("; ")
}

/// Whether there is anything to draw: some row with a value above zero.
pub fn has_data<L>(rows: &[(L, u64)]) -> bool {
    rows.iter().any(|(_, v)| *v > 0)
}

/// Where things sit across a chart: from the left edge, or mirrored from the right one in a
/// right-to-left language (the SVG's `direction` then makes "start" the right end of a text).
#[derive(Debug, Clone, Copy)]
struct Across {
    rtl: bool,
}

impl Across {
    fn of(tr: Tr) -> Self {
        Self { rtl: tr.lang().dir() == "rtl" }
    }

    /// The `x` of a point `from` units from the starting edge.
    fn point(self, from: u32) -> u32 {
        if self.rtl { WIDTH.saturating_sub(from) } else { from }
    }

    /// The `x` of a box `width` wide that begins `from` units from the starting edge.
    fn left(self, from: u32, width: u32) -> u32 {
        if self.rtl { WIDTH.saturating_sub(from + width) } else { from }
    }

    fn direction(self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
}

/// The length of a bar of `value` when `max` takes `span` units (at least 1 for a non-zero
/// value, so small counts stay visible).
fn length(value: u64, max: u64, span: u32) -> u32 {
    if max == 0 || value == 0 {
        return 0;
    }
    let len = (value as f64 / max as f64 * f64::from(span)).round() as u32;
    len.clamp(1, span)
}

/// The `figure` around a chart's SVG of `height` units.
fn figure(across: Across, title: &str, id: &str, description: &str, height: u32, body: Markup) -> Markup {
    html! {
        figure.chart {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) } width="100%"
                role="img" aria-labelledby={ (id) "-t " (id) "-d" } font-family="sans-serif" font-size=(FONT)
                direction=(across.direction()) {
                title id={ (id) "-t" } { (title) }
                desc id={ (id) "-d" } { (description) }
                (body)
            }
            figcaption { (title) }
        }
    }
}

/// Label lines from `top` (their baselines one [`LINE`] apart), starting at `x`.
fn label_lines(lines: &[String], x: u32, top: u32, anchor: &str) -> Markup {
    html! {
        @for (k, l) in lines.iter().enumerate() {
            text x=(x) y={ (top + FONT + k as u32 * LINE) } text-anchor=(anchor) fill=(TEXT) { (l) }
        }
    }
}

/// Horizontal bars, one per row: the label above its bar, the value printed after it.
pub fn bars<L: AsRef<str>>(tr: Tr, title: &str, rows: &[(L, u64)]) -> Option<Markup> {
    horizontal(tr, title, rows, |v| format::count(tr, v))
}

/// A funnel (e.g. invited → registered → confirmed → attended): horizontal bars whose values
/// show their share of the first step.
pub fn funnel<L: AsRef<str>>(tr: Tr, title: &str, steps: &[(L, u64)]) -> Option<Markup> {
    let first = steps.first().map_or(0, |(_, v)| *v);
    horizontal(tr, title, steps, move |v| match first {
        0 => format::count(tr, v),
        f => format!("{} ({} %)", format::count(tr, v), format::count(tr, (v.saturating_mul(100) + f / 2) / f)),
    })
}

fn horizontal<L: AsRef<str>>(
    tr: Tr,
    title: &str,
    rows: &[(L, u64)],
    value_text: impl Fn(u64) -> String,
) -> Option<Markup> {
    if !has_data(rows) {
        return None;
    }
    let across = Across::of(tr);
    let id = ident(title, rows.len());
    let values: Vec<(&str, String)> = rows.iter().map(|(l, v)| (l.as_ref(), value_text(*v))).collect();
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let value_width = values.iter().map(|(_, t)| text_width(t)).max().unwrap_or(0) + 6 + INSET;
    let span = WIDTH.saturating_sub(value_width).max(WIDTH / 3);
    let mut y = 2;
    let mut drawn = Vec::with_capacity(rows.len());
    for ((label, value), (_, text)) in rows.iter().zip(&values) {
        let lines = wrap(label.as_ref(), WIDTH - 2 * INSET, LABEL_LINES);
        let bar_top = y + lines.len() as u32 * LINE + 4;
        let len = length(*value, max, span);
        drawn.push(html! {
            g {
                title { (label.as_ref()) ": " (text) }
                (label_lines(&lines, across.point(INSET), y, "start"))
                rect x=(across.left(0, len)) y=(bar_top) width=(len) height=(BAR) fill=(INK) {}
                text x=(across.point(len + 6)) y={ (bar_top + BAR - 2) } fill=(TEXT) { (text) }
            }
        });
        y = bar_top + BAR + 10;
    }
    Some(figure(across, title, &id, &describe(&values), y, html! { @for g in &drawn { (g) } }))
}

/// Vertical columns, one per row (e.g. people present per day), the value above each column
/// and the label below. When the labels would not fit under their columns (many rows, long
/// labels), the rows are drawn as horizontal [`bars`] instead.
pub fn columns<L: AsRef<str>>(tr: Tr, title: &str, rows: &[(L, u64)]) -> Option<Markup> {
    if !has_data(rows) {
        return None;
    }
    let n = rows.len() as u32;
    let slot = WIDTH / n;
    let fits = |t: &str| wrap(t, slot.saturating_sub(4), LABEL_LINES).iter().all(|l| !l.ends_with('…'));
    if slot < 3 * FONT || !rows.iter().all(|(l, v)| fits(l.as_ref()) && text_width(&format::count(tr, *v)) < slot) {
        return bars(tr, title, rows);
    }
    let across = Across::of(tr);
    let id = ident(title, rows.len());
    let values: Vec<(&str, String)> = rows.iter().map(|(l, v)| (l.as_ref(), format::count(tr, *v))).collect();
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let bar_width = (slot * 6 / 10).max(1);
    let (top, plot) = (LINE + 4, 140);
    let height = top + plot + 6 + LABEL_LINES as u32 * LINE;
    let body = html! {
        line x1="0" y1={ (top + plot) } x2=(WIDTH) y2={ (top + plot) } stroke="#59636e" stroke-width="1" {}
        @for (i, ((label, value), (_, text))) in rows.iter().zip(&values).enumerate() {
            @let x = across.left(i as u32 * slot + (slot - bar_width) / 2, bar_width);
            @let centre = across.point(i as u32 * slot + slot / 2);
            @let h = length(*value, max, plot);
            g {
                title { (label.as_ref()) ": " (text) }
                rect x=(x) y={ (top + plot - h) } width=(bar_width) height=(h) fill=(INK) {}
                text x=(centre) y={ (top + plot - h - 5) } text-anchor="middle" fill=(TEXT) { (text) }
                (label_lines(&wrap(label.as_ref(), slot - 4, LABEL_LINES), centre, top + plot + 2, "middle"))
            }
        }
    };
    Some(figure(across, title, &id, &describe(&values), height, body))
}

/// Two series side by side per row (e.g. money planned against money spent): a legend names
/// them, the first drawn solid and the second hatched and below it (so no colour alone tells
/// them apart), each bar with its value printed after it by `value_text`.
pub fn paired(
    tr: Tr,
    title: &str,
    legend: (&str, &str),
    rows: &[(String, u64, u64)],
    value_text: impl Fn(u64) -> String,
) -> Option<Markup> {
    if !rows.iter().any(|(_, a, b)| *a > 0 || *b > 0) {
        return None;
    }
    let across = Across::of(tr);
    let id = ident(title, rows.len());
    let hatch = format!("{id}-hatch");
    let texts: Vec<(String, String)> = rows.iter().map(|(_, a, b)| (value_text(*a), value_text(*b))).collect();
    let description: Vec<(String, String)> = rows
        .iter()
        .zip(&texts)
        .map(|((l, _, _), (a, b))| (l.clone(), format!("{} {a}, {} {b}", legend.0, legend.1)))
        .collect();
    let max = rows.iter().map(|(_, a, b)| (*a).max(*b)).max().unwrap_or(0);
    let value_width = texts.iter().map(|(a, b)| text_width(a).max(text_width(b))).max().unwrap_or(0) + 6 + INSET;
    let span = WIDTH.saturating_sub(value_width).max(WIDTH / 3);
    let fills = [INK.to_owned(), format!("url(#{hatch})")];
    let swatch = |k: u32, name: &str| {
        html! {
            rect x=(across.left(0, 24)) y={ (4 + k * LINE) } width="24" height="12" fill=(fills[k as usize]) stroke=(INK) {}
            text x=(across.point(32)) y={ (2 + FONT + k * LINE) } fill=(TEXT) { (ellipsis(name, WIDTH - 32 - INSET)) }
        }
    };
    let mut y = 2 * LINE + 12;
    let mut drawn = Vec::with_capacity(rows.len());
    for ((label, a, b), (ta, tb)) in rows.iter().zip(&texts) {
        let lines = wrap(label, WIDTH - 2 * INSET, LABEL_LINES);
        let first = y + lines.len() as u32 * LINE + 4;
        let bars = [(*a, ta, first), (*b, tb, first + BAR + 4)];
        drawn.push(html! {
            g {
                title { (label) ": " (legend.0) " " (ta) ", " (legend.1) " " (tb) }
                (label_lines(&lines, across.point(INSET), y, "start"))
                @for (k, (v, t, top)) in bars.iter().enumerate() {
                    @let len = length(*v, max, span);
                    rect x=(across.left(0, len)) y=(top) width=(len) height=(BAR) fill=(fills[k]) stroke=(INK) stroke-width=[(*v > 0).then_some("1")] {}
                    text x=(across.point(len + 6)) y={ (top + BAR - 2) } fill=(TEXT) { (t) }
                }
            }
        });
        y = first + 2 * BAR + 14;
    }
    let body = html! {
        defs {
            pattern id=(hatch) patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)" {
                rect width="6" height="6" fill=(LIGHT) {}
                line x1="0" y1="0" x2="0" y2="6" stroke=(INK) stroke-width="2" {}
            }
        }
        g.legend { (swatch(0, legend.0)) (swatch(1, legend.1)) }
        @for g in &drawn { (g) }
    };
    Some(figure(across, title, &id, &describe(&description), y, body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const EN: Tr = Tr(Lang::En);

    fn draw(m: Option<Markup>) -> String {
        m.expect("a chart").into_string()
    }

    #[test]
    fn bars_carry_title_labels_and_values_as_text() {
        let svg =
            draw(bars(EN, "By regional group", &[("African States", 12), ("Western European and other States", 3)]));
        assert!(svg.contains("<title id=\""));
        assert!(svg.contains(">By regional group</title>"));
        assert!(svg.contains("African States: 12; Western European and other States: 3"));
        assert!(svg.contains(">12</text>") && svg.contains(">3</text>"));
        assert!(svg.contains("role=\"img\""));
    }

    #[test]
    fn labels_are_escaped() {
        let svg = draw(bars(EN, "t", &[("<script>", 1)]));
        assert!(!svg.contains("<script>"));
    }

    #[test]
    fn long_labels_wrap_onto_two_lines_then_are_cut_within_their_width() {
        assert_eq!(wrap("African States", WIDTH, 2), vec!["African States"]);
        let long = "Ministry of Foreign Affairs and International Cooperation of the Federal Republic";
        let lines = wrap(long, 200, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| text_width(l) <= 200), "{lines:?}");
        assert!(lines[1].ends_with('…') && lines[0].starts_with("Ministry of"));
        // Scripts without spaces break anywhere; a full-width glyph counts a full em.
        let zh = "大不列颠及北爱尔兰联合王国常驻联合国代表团裁军事务部门";
        let lines = wrap(zh, 150, 2);
        assert!(lines.iter().all(|l| text_width(l) <= 150) && lines[1].ends_with('…'), "{lines:?}");
        assert_eq!(ellipsis("abc", 100), "abc");
        // The full label stays in the row's title and in the description.
        let svg = draw(bars(EN, "t", &[(long, 1)]));
        assert!(svg.contains(&format!("<title>{long}: 1</title>")) && svg.contains(&format!("{long}: 1</desc>")));
    }

    #[test]
    fn nothing_to_draw_is_no_chart() {
        assert!(bars::<&str>(EN, "t", &[]).is_none());
        assert!(bars(EN, "t", &[("a", 0), ("b", 0)]).is_none());
        assert!(funnel(EN, "t", &[("Invited", 0), ("Attended", 0)]).is_none());
        assert!(columns(EN, "t", &[("Mon", 0)]).is_none());
        assert!(paired(EN, "t", ("a", "b"), &[("x".into(), 0, 0)], |v| v.to_string()).is_none());
    }

    #[test]
    fn funnel_shows_shares_of_the_first_step() {
        let svg = draw(funnel(EN, "Funnel", &[("Invited", 10), ("Attended", 4)]));
        assert!(svg.contains("4 (40 %)"));
    }

    #[test]
    fn many_columns_become_bars() {
        let few = draw(columns(EN, "Per day", &[("Mon", 0), ("Tue", 7)]));
        assert!(few.contains(">7</text>") && few.contains("<line"));
        let days: Vec<(String, u64)> = (1..=10).map(|d| (format!("{d} November 2007"), d)).collect();
        let many = draw(columns(EN, "Per day", &days));
        assert!(!many.contains("<line") && many.contains(">10 November 2007</text>"));
    }

    #[test]
    fn paired_bars_have_a_legend_a_pattern_and_their_values() {
        let svg = draw(paired(EN, "Money", ("Planned", "Spent"), &[("Travel".into(), 100, 150)], |v| format!("${v}")));
        assert!(svg.contains(">Planned</text>") && svg.contains(">Spent</text>"), "the legend");
        assert!(svg.contains("<pattern") && svg.contains("fill=\"url(#chart-"), "the second series is hatched");
        assert!(svg.contains(">$100</text>") && svg.contains(">$150</text>"));
        assert!(svg.contains("Travel: Planned $100, Spent $150"));
    }

    #[test]
    fn right_to_left_charts_are_mirrored() {
        let ar = Tr(Lang::Ar);
        let svg = draw(bars(ar, "t", &[("a", 10), ("b", 5)]));
        assert!(svg.contains("direction=\"rtl\""), "{svg}");
        // The longest bar ends at the right edge; the label starts there; the value sits left of the bar.
        let span = WIDTH - (text_width("10") + 6 + INSET);
        assert!(svg.contains(&format!("<rect x=\"{}\" y=", WIDTH - span)), "{svg}");
        assert!(svg.contains(&format!("<text x=\"{}\"", WIDTH - INSET)), "{svg}");
        assert!(svg.contains(&format!("<text x=\"{}\"", WIDTH - span - 6)), "{svg}");
        let ltr = draw(bars(EN, "t", &[("a", 10), ("b", 5)]));
        assert!(ltr.contains("direction=\"ltr\"") && ltr.contains("<rect x=\"0\" y="), "{ltr}");
        // The first column stands at the right.
        let cols = draw(columns(ar, "t", &[("Mon", 1), ("Tue", 2)]));
        let first = cols.find(">Mon</text>").unwrap();
        let second = cols.find(">Tue</text>").unwrap();
        let x_of = |at: usize| -> u32 {
            let start = cols[..at].rfind("x=\"").unwrap() + 3;
            cols[start..].split('"').next().unwrap().parse().unwrap()
        };
        assert!(x_of(first) > x_of(second), "{cols}");
        let money = draw(paired(ar, "t", ("a", "b"), &[("x".into(), 100, 50)], |v| v.to_string()));
        assert!(money.contains("direction=\"rtl\"") && money.contains(&format!("<rect x=\"{}\" y=\"4\"", WIDTH - 24)));
    }

    #[test]
    fn values_are_grouped_as_the_language_groups_them() {
        let svg = draw(bars(Tr(Lang::Fr), "t", &[("a", 12_500)]));
        assert!(svg.contains(">12\u{202f}500</text>"), "{svg}");
    }

    #[test]
    fn bar_lengths() {
        assert_eq!(length(0, 10, 100), 0);
        assert_eq!(length(1, 1000, 100), 1);
        assert_eq!(length(10, 10, 100), 100);
        assert_eq!(length(5, 0, 100), 0);
    }
}
