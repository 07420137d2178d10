//! Checks of the stylesheet as written: the contrast of its colour tokens against WCAG 2.1 AA
//! (text 4.5:1, control borders and focus rings 3:1), and logical properties only.

use std::collections::HashMap;

const CSS: &str = include_str!("../../assets/convene.css");

/// The colour tokens of the stylesheet's first `:root` block (the screen's), by name.
fn tokens() -> HashMap<String, [f64; 3]> {
    let start = CSS.find(":root {").expect(":root block");
    let block = &CSS[start..start + CSS[start..].find('}').expect("end of :root")];
    block
        .split(';')
        .filter_map(|decl| {
            // A declaration may follow a comment: the name is what comes after it.
            let decl = decl.rsplit("*/").next()?;
            let (name, value) = decl.split_once(':')?;
            Some((name.trim().strip_prefix("--")?.to_owned(), hex(value.trim())?))
        })
        .collect()
}

/// `#rrggbb` as sRGB channels from 0 to 1.
fn hex(value: &str) -> Option<[f64; 3]> {
    let digits = value.strip_prefix('#').filter(|d| d.len() == 6)?;
    let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok().map(|c| f64::from(c) / 255.0);
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// Relative luminance as WCAG 2.1 defines it.
fn luminance(rgb: [f64; 3]) -> f64 {
    let linear = |c: f64| if c <= 0.040_45 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Text on its backgrounds: body text, muted text and links on the page and on the grey
/// surface, the header band, buttons, and each badge and alert.
const TEXT: &[(&str, &str)] = &[
    ("color-text", "color-bg"),
    ("color-text", "color-surface"),
    ("color-text", "color-row-hover"),
    ("color-text-muted", "color-bg"),
    ("color-text-muted", "color-surface"),
    ("color-link", "color-bg"),
    ("color-link", "color-surface"),
    ("color-link", "color-row-hover"),
    ("color-link-visited", "color-bg"),
    ("color-danger", "color-bg"),
    ("color-brand-text", "color-brand"),
    ("color-brand-muted", "color-brand"),
    ("color-button-text", "color-button"),
    ("color-button-text", "color-button-hover"),
    ("color-button-secondary-text", "color-button-secondary"),
    ("color-button-secondary-text", "color-surface"),
    ("color-danger-text", "color-danger"),
    ("state-ok-text", "state-ok-bg"),
    ("state-pending-text", "state-pending-bg"),
    ("state-info-text", "state-info-bg"),
    ("state-waiting-text", "state-waiting-bg"),
    ("state-bad-text", "state-bad-bg"),
    ("state-off-text", "state-off-bg"),
    ("alert-success-text", "alert-success-bg"),
    ("alert-info-text", "alert-info-bg"),
    ("alert-warning-text", "alert-warning-bg"),
    ("alert-error-text", "alert-error-bg"),
    // The check-in desk's result panels: admitted, already in, refused.
    ("color-bg", "state-ok-text"),
    ("color-text", "alert-warning-border"),
];

/// What must be seen without being read: control borders, focus rings (on the page, the
/// surface and the header band) and the edges of filled buttons and invalid fields.
const NON_TEXT: &[(&str, &str)] = &[
    ("color-control-border", "color-bg"),
    ("color-focus", "color-bg"),
    ("color-focus", "color-surface"),
    ("color-focus-on-brand", "color-brand"),
    ("color-button", "color-bg"),
    ("color-danger", "color-bg"),
    // Focus rings on the desk's green and red panels.
    ("color-focus-on-brand", "state-ok-text"),
    ("color-focus-on-brand", "color-danger"),
];

#[test]
fn every_token_pair_meets_wcag_aa_contrast() {
    let tokens = tokens();
    let colour = |name: &str| *tokens.get(name).unwrap_or_else(|| panic!("no colour token --{name}"));
    let mut failures = Vec::new();
    for (pairs, minimum) in [(TEXT, 4.5), (NON_TEXT, 3.0)] {
        for (fg, bg) in pairs {
            let ratio = contrast(colour(fg), colour(bg));
            if ratio < minimum {
                failures.push(format!("--{fg} on --{bg}: {ratio:.2}:1, needs {minimum}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_contrast_formula_matches_known_values() {
    let (black, white) = ([0.0; 3], [1.0; 3]);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    assert!(contrast(hex("#767676").unwrap(), white) >= 4.5);
    assert!(contrast(hex("#777777").unwrap(), white) < 4.5);
    // Today's input borders before the design system: 1.45:1, which the check must refuse.
    assert!(contrast(hex("#d0d7de").unwrap(), white) < 3.0);
}

#[test]
fn the_stylesheet_uses_logical_properties_only() {
    let physical = [
        "margin-left",
        "margin-right",
        "margin-top",
        "margin-bottom",
        "padding-left",
        "padding-right",
        "padding-top",
        "padding-bottom",
        "border-left",
        "border-right",
        "border-top",
        "border-bottom",
        "text-align: left",
        "text-align: right",
        "float:",
        " left:",
        " right:",
        " top:",
        " bottom:",
        "max-width:",
        "min-width:",
        " width:",
        " height:",
        "max-height:",
        "min-height:",
    ];
    // Media queries size the viewport, not a box: they are the one place for widths.
    let rules: String = CSS.lines().filter(|l| !l.trim_start().starts_with("@media")).collect::<Vec<_>>().join("\n");
    let found: Vec<&str> = physical.iter().copied().filter(|p| rules.contains(p)).collect();
    assert!(found.is_empty(), "physical properties in convene.css: {found:?}");
}
