//! Small view pieces shared by pages: form fields with their errors, pagination, dates.

use chrono::{Datelike, NaiveDate};
use maud::{Markup, html};

use crate::error::FieldErrors;
use crate::i18n::Tr;
pub use crate::i18n::format::{date, date_range};

/// The hidden CSRF field every form carries.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// A box listing every problem of a form, linked to the fields.
pub fn error_summary(tr: Tr, errors: &FieldErrors) -> Markup {
    error_summary_in(tr, errors, None)
}

/// [`error_summary`] for a form whose inputs are [`Input::scope`]d, so the links reach them.
pub fn error_summary_in(tr: Tr, errors: &FieldErrors, scope: Option<&str>) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" {
                h2 { (tr.t("form-has-errors")) }
                ul { @for e in &errors.0 { li { a href={ "#" (element_id(scope, e.field)) } { (tr.msg(&e.message)) } } } }
            }
        }
    }
}

/// The element id of a field: its name, prefixed by its form's scope if it has one.
fn element_id(scope: Option<&str>, name: &str) -> String {
    match scope {
        Some(s) => format!("{s}-{name}"),
        None => name.to_owned(),
    }
}

fn field_error(tr: Tr, errors: &FieldErrors, name: &str, id: &str) -> Markup {
    html! { @if let Some(m) = errors.get(name) { p.field-error id={ (id) "-error" } { (tr.msg(m)) } } }
}

/// Attributes of a text input.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// Field name (also the element id).
    pub name: &'a str,
    /// Catalog key of the label.
    pub label: &'a str,
    /// Current value.
    pub value: &'a str,
    /// HTML input type.
    pub kind: &'a str,
    /// Whether the field is required.
    pub required: bool,
    /// Catalog key of a hint shown under the label.
    pub hint: Option<&'a str>,
    /// Id of a `<datalist>` offering suggestions.
    pub list: Option<&'a str>,
    /// Prefix of the element id, for a page with several forms that share field names.
    pub scope: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A text input.
    pub fn text(name: &'a str, label: &'a str, value: &'a str) -> Self {
        Self { name, label, value, kind: "text", required: false, hint: None, list: None, scope: None }
    }

    /// Marks it required.
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// Changes its type.
    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = kind;
        self
    }

    /// Offers the suggestions of a `<datalist>`.
    pub fn list(mut self, id: &'a str) -> Self {
        self.list = Some(id);
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Prefixes the element id with `scope` (the field's name is unchanged).
    pub fn scope(mut self, scope: &'a str) -> Self {
        self.scope = Some(scope);
        self
    }
}

/// A labelled input with its hint and error.
pub fn input(tr: Tr, errors: &FieldErrors, i: Input<'_>) -> Markup {
    let invalid = errors.get(i.name).is_some();
    let id = element_id(i.scope, i.name);
    html! {
        div.field.invalid[invalid] {
            label for=(id) { (tr.t(i.label)) @if i.required { " " abbr title=(tr.t("form-required")) { "*" } } }
            @if let Some(h) = i.hint { p.hint { (tr.t(h)) } }
            (field_error(tr, errors, i.name, &id))
            input id=(id) name=(i.name) type=(i.kind) value=(i.value) required[i.required] list=[i.list]
                aria-invalid=[invalid.then_some("true")] aria-describedby=[invalid.then(|| format!("{id}-error"))];
        }
    }
}

/// Every IANA time zone name, as suggestions for a time-zone field.
pub fn time_zone_list(id: &str) -> Markup {
    html! { datalist id=(id) { @for tz in chrono_tz::TZ_VARIANTS { option value=(tz.name()) {} } } }
}

/// A labelled multi-line text area.
pub fn textarea(tr: Tr, errors: &FieldErrors, name: &str, label: &str, value: &str) -> Markup {
    html! {
        div.field.invalid[errors.get(name).is_some()] {
            label for=(name) { (tr.t(label)) }
            (field_error(tr, errors, name, name))
            textarea id=(name) name=(name) rows="6" { (value) }
        }
    }
}

/// A labelled select; `options` are (value, shown text). Every select opens with an empty
/// option ("Choose…" when required), selected unless `selected` is one of the options.
pub fn select(
    tr: Tr,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    required: bool,
) -> Markup {
    html! {
        div.field.invalid[errors.get(name).is_some()] {
            label for=(name) { (tr.t(label)) @if required { " " abbr title=(tr.t("form-required")) { "*" } } }
            (field_error(tr, errors, name, name))
            select id=(name) name=(name) required[required] {
                // A required select starts on an empty choice, never on its first option: a
                // form sent untouched is refused instead of recording a value nobody chose.
                @if required { option value="" { (tr.t("form-choose")) } } @else { option value="" { "—" } }
                @for (value, text) in options { option value=(value) selected[value == selected] { (text) } }
            }
        }
    }
}

/// A checkbox with its label.
pub fn checkbox(tr: Tr, name: &str, label: &str, checked: bool) -> Markup {
    html! {
        div.field.check {
            input id=(name) name=(name) type="checkbox" checked[checked];
            label for=(name) { (tr.t(label)) }
        }
    }
}

/// Previous/next links keeping the other query parameters.
pub fn pagination(tr: Tr, base: &str, query: &str, page: u64, pages: u64) -> Markup {
    let link = |p: u64| {
        if query.is_empty() { format!("{base}?page={p}") } else { format!("{base}?{query}&page={p}") }
    };
    html! {
        @if pages > 1 {
            nav.pagination aria-label=(tr.t("pagination-label")) {
                @if page > 1 { a rel="prev" href=(link(page - 1)) { "← " (tr.t("pagination-previous")) } }
                span { (tr.ta("pagination-position", &[("page", &page.to_string()), ("pages", &pages.to_string())])) }
                @if page < pages { a rel="next" href=(link(page + 1)) { (tr.t("pagination-next")) " →" } }
            }
        }
    }
}

/// "Tuesday 27 November 2007".
pub fn day_heading(tr: Tr, d: NaiveDate) -> String {
    format!("{} {}", tr.t(&format!("weekday-{}", d.weekday().number_from_monday())), date(tr, d))
}

/// A UTC offset as "UTC+05:45".
pub fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '−' } else { '+' };
    let s = seconds.abs();
    format!("UTC{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn offsets_and_day_headings_read_naturally() {
        assert_eq!(day_heading(Tr(Lang::En), d(2007, 11, 27)), "Tuesday 27 November 2007");
        assert_eq!(utc_offset(5 * 3600 + 45 * 60), "UTC+05:45");
        assert_eq!(utc_offset(-5 * 3600), "UTC−05:00");
    }
}
