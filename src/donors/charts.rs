//! The donor report's one chart of its own, planned against spent money, as inline SVG (the
//! bar charts of people come from [`crate::reports::charts`]).

use maud::{Markup, html};

const WIDTH: i64 = 560;
const LABEL: i64 = 200;
const ROW: i64 = 22;

/// Paired bars: planned (light) against actual (dark), per row, on one scale.
pub fn paired(title: &str, legend: (&str, &str), rows: &[(String, i64, i64)]) -> Markup {
    let max = rows.iter().map(|r| r.1.max(r.2)).max().unwrap_or(0).max(1);
    let height = 2 * ROW * i64::try_from(rows.len()).unwrap_or(0) + 24;
    let span = WIDTH - LABEL - 20;
    html! {
        figure.chart {
            figcaption { (title) " — " (legend.0) " / " (legend.1) }
            svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title) width=(WIDTH) height=(height)
                viewBox={ "0 0 " (WIDTH) " " (height) } {
                @for (i, (label, a, b)) in rows.iter().enumerate() {
                    @let y = i64::try_from(i).unwrap_or(0) * 2 * ROW + 4;
                    text x=(LABEL - 6) y=(y + 16) text-anchor="end" font-size="12" { (label) }
                    rect x=(LABEL) y=(y) width=(a * span / max) height=(ROW / 2) fill="#9cc3e6" {}
                    rect x=(LABEL) y=(y + ROW / 2 + 2) width=(b * span / max) height=(ROW / 2) fill=(if b > a { "#b3261e" } else { "#1f5f99" }) {}
                }
            }
        }
    }
}
