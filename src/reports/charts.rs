//! Charts as inline SVG drawn on the server: readable without JavaScript, printable, and
//! accessible — each is a `figure` whose SVG has a title and a description listing every
//! value, and every value is also printed as text beside its bar.
//!
//! Any module can use them: give a title and `(label, value)` rows.

use maud::{Markup, html};

/// Width of every chart in SVG units (it scales to the page).
const WIDTH: u32 = 640;
/// Space for the labels of horizontal bars.
const LABEL_WIDTH: u32 = 210;
/// Space for the value printed after a bar.
const VALUE_WIDTH: u32 = 90;
/// Height of one horizontal bar row.
const ROW: u32 = 26;
/// Colour of the bars: dark enough to print in grey and to pass contrast checks.
const BAR: &str = "#005a9c";
/// Longest label drawn in full; longer ones are cut with an ellipsis (the full text stays in
/// the row's tooltip and in the description).
const LABEL_CHARS: usize = 30;

/// A label cut to `max` characters with an ellipsis.
fn cut(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let mut s: String = label.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
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
fn describe<L: AsRef<str>>(rows: &[(L, u64)]) -> String {
    rows.iter().map(|(l, v)| format!("{}: {v}", l.as_ref())).collect::<Vec<_>>().join("; ")
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

/// Horizontal bars, one per row, each with its label on the left and its value on the right.
pub fn bars<L: AsRef<str>>(title: &str, rows: &[(L, u64)]) -> Markup {
    horizontal(title, rows, |v, _| v.to_string())
}

/// A funnel (e.g. invited → registered → confirmed → attended): horizontal bars whose values
/// show their share of the first step.
pub fn funnel<L: AsRef<str>>(title: &str, steps: &[(L, u64)]) -> Markup {
    let first = steps.first().map_or(0, |(_, v)| *v);
    horizontal(title, steps, move |v, _| match first {
        0 => v.to_string(),
        f => format!("{v} ({:.0} %)", v as f64 * 100.0 / f as f64),
    })
}

fn horizontal<L: AsRef<str>>(title: &str, rows: &[(L, u64)], value_text: impl Fn(u64, usize) -> String) -> Markup {
    let id = ident(title, rows.len());
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let height = (rows.len().max(1) as u32) * ROW + 8;
    html! {
        figure.chart {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) } width="100%"
                role="img" aria-labelledby={ (id) "-t " (id) "-d" } font-family="sans-serif" font-size="13" {
                title id={ (id) "-t" } { (title) }
                desc id={ (id) "-d" } { (describe(rows)) }
                @if rows.is_empty() {
                    text x="0" y="18" fill="#59636e" { "—" }
                }
                @for (i, (label, value)) in rows.iter().enumerate() {
                    @let y = i as u32 * ROW + 4;
                    @let len = length(*value, max, span);
                    g {
                        title { (label.as_ref()) ": " (value) }
                        text x={ (LABEL_WIDTH - 8) } y={ (y + 16) } text-anchor="end" fill="#1b1f24" { (cut(label.as_ref(), LABEL_CHARS)) }
                        rect x=(LABEL_WIDTH) y=(y + 3) width=(len) height={ (ROW - 8) } fill=(BAR) {}
                        text x={ (LABEL_WIDTH + len + 6) } y={ (y + 16) } fill="#1b1f24" { (value_text(*value, i)) }
                    }
                }
            }
            figcaption { (title) }
        }
    }
}

/// Vertical columns, one per row (e.g. people present per day), the value above each column
/// and the label below.
pub fn columns<L: AsRef<str>>(title: &str, rows: &[(L, u64)]) -> Markup {
    let id = ident(title, rows.len());
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let n = rows.len().max(1) as u32;
    let slot = (WIDTH / n).max(1);
    let bar_width = (slot * 6 / 10).max(1);
    let plot = 160;
    let top = 22;
    let height = top + plot + 40;
    html! {
        figure.chart {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) } width="100%"
                role="img" aria-labelledby={ (id) "-t " (id) "-d" } font-family="sans-serif" font-size="12" {
                title id={ (id) "-t" } { (title) }
                desc id={ (id) "-d" } { (describe(rows)) }
                line x1="0" y1={ (top + plot) } x2=(WIDTH) y2={ (top + plot) } stroke="#59636e" stroke-width="1" {}
                @for (i, (label, value)) in rows.iter().enumerate() {
                    @let x = i as u32 * slot + (slot - bar_width) / 2;
                    @let centre = i as u32 * slot + slot / 2;
                    @let h = length(*value, max, plot);
                    g {
                        title { (label.as_ref()) ": " (value) }
                        rect x=(x) y={ (top + plot - h) } width=(bar_width) height=(h) fill=(BAR) {}
                        text x=(centre) y={ (top + plot - h - 5) } text-anchor="middle" fill="#1b1f24" { (value) }
                        text x=(centre) y={ (top + plot + 16) } text-anchor="middle" fill="#1b1f24" {
                            (cut(label.as_ref(), (slot / 7).max(3) as usize))
                        }
                    }
                }
            }
            figcaption { (title) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_carry_title_labels_and_values_as_text() {
        let svg = bars("By regional group", &[("African States", 12), ("Western European and other States", 3)])
            .into_string();
        assert!(svg.contains("<title id=\""));
        assert!(svg.contains(">By regional group</title>"));
        assert!(svg.contains("African States: 12; Western European and other States: 3"));
        assert!(svg.contains(">12</text>") && svg.contains(">3</text>"));
        assert!(svg.contains("role=\"img\""));
    }

    #[test]
    fn labels_are_escaped_and_cut() {
        let svg = bars("t", &[("<script>", 1)]).into_string();
        assert!(!svg.contains("<script>"));
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }

    #[test]
    fn funnel_shows_shares_of_the_first_step() {
        let svg = funnel("Funnel", &[("Invited", 10), ("Attended", 4)]).into_string();
        assert!(svg.contains("4 (40 %)"));
    }

    #[test]
    fn bar_lengths() {
        assert_eq!(length(0, 10, 100), 0);
        assert_eq!(length(1, 1000, 100), 1);
        assert_eq!(length(10, 10, 100), 100);
        assert_eq!(length(5, 0, 100), 0);
        let svg = columns("Per day", &[("Mon", 0), ("Tue", 7)]).into_string();
        assert!(svg.contains(">7</text>"));
    }
}
