//! Form pieces: labelled fields with their hints and errors, and the summary of a form's
//! problems that names each field as the form labels it.

use maud::{Markup, PreEscaped, html};

use crate::error::FieldErrors;
use crate::i18n::Tr;

/// The hidden CSRF field every form carries.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// `within` (a form, or the forms of a page), preceded by the box listing its problems: each
/// item names the field with the label `within` gives it, and links to the field.
pub fn with_error_summary(tr: Tr, errors: &FieldErrors, within: Markup) -> Markup {
    with_error_summary_in(tr, errors, None, within)
}

/// [`with_error_summary`] for forms whose inputs are [`Input::scope`]d, so the links reach them.
pub fn with_error_summary_in(tr: Tr, errors: &FieldErrors, scope: Option<&str>, within: Markup) -> Markup {
    html! { (summary(tr, errors, scope, &within.0)) (within) }
}

/// The summary box alone, for problems of fields rendered elsewhere on the page (`labels` is
/// the markup their labels are read from).
pub fn error_summary(tr: Tr, errors: &FieldErrors, labels: &Markup) -> Markup {
    summary(tr, errors, None, &labels.0)
}

fn summary(tr: Tr, errors: &FieldErrors, scope: Option<&str>, labels: &str) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (tr.t("form-has-errors")) }
                ul {
                    @for e in &errors.0 {
                        @let id = element_id(scope, e.field);
                        li {
                            a href={ "#" (id) } {
                                @if let Some(label) = label_of(labels, &id) { (label) ": " }
                                (tr.msg(&e.message))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The text of the label (or fieldset legend, or `aria-label`) of the element `id` in
/// `html`, as it is written there (already escaped). The markup is the application's own.
fn label_of(html: &str, id: &str) -> Option<PreEscaped<String>> {
    let text_after = |at: usize| -> Option<String> {
        let start = at + html[at..].find('>')? + 1;
        let end = start + html[start..].find('<')?;
        let text = html[start..end].trim();
        (!text.is_empty()).then(|| text.to_owned())
    };
    if let Some(at) = html.find(&format!("<label for=\"{id}\"")) {
        return text_after(at).map(PreEscaped);
    }
    let at = html.find(&format!(" id=\"{id}\""))?;
    let open = html[..at].rfind('<')?;
    let tag = &html[open..];
    if tag.starts_with("<fieldset") {
        return text_after(open + html[open..].find("<legend")?).map(PreEscaped);
    }
    let end = tag.find('>')?;
    let attr = tag[..end].find("aria-label=\"")? + "aria-label=\"".len();
    let len = tag[attr..].find('"')?;
    Some(PreEscaped(tag[attr..attr + len].to_owned()))
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

fn required_mark(tr: Tr, required: bool) -> Markup {
    html! { @if required { " " abbr title=(tr.t("form-required")) { "*" } } }
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
    /// The language the value is typed in, when it is not the page's (a version of an event's title).
    pub lang: Option<crate::i18n::Lang>,
}

impl<'a> Input<'a> {
    /// A text input.
    pub fn text(name: &'a str, label: &'a str, value: &'a str) -> Self {
        Self { name, label, value, kind: "text", required: false, hint: None, list: None, scope: None, lang: None }
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

    /// The language the value is typed in (`lang` and `dir` on the input).
    pub fn lang(mut self, lang: crate::i18n::Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// Prefixes the element id with `scope` (the field's name is unchanged).
    pub fn scope(mut self, scope: &'a str) -> Self {
        self.scope = Some(scope);
        self
    }
}

/// The ids a field's input points at: its hint and its error, when shown.
fn described_by(id: &str, hint: bool, invalid: bool) -> Option<String> {
    match (hint, invalid) {
        (false, false) => None,
        (true, false) => Some(format!("{id}-hint")),
        (false, true) => Some(format!("{id}-error")),
        (true, true) => Some(format!("{id}-hint {id}-error")),
    }
}

/// A labelled input with its hint and error.
pub fn input(tr: Tr, errors: &FieldErrors, i: Input<'_>) -> Markup {
    let invalid = errors.get(i.name).is_some();
    let id = element_id(i.scope, i.name);
    html! {
        div.field.invalid[invalid] {
            label for=(id) { (tr.t(i.label)) (required_mark(tr, i.required)) }
            @if let Some(h) = i.hint { p.hint id={ (id) "-hint" } { (tr.t(h)) } }
            (field_error(tr, errors, i.name, &id))
            input id=(id) name=(i.name) type=(i.kind) value=(i.value) required[i.required] list=[i.list]
                lang=[i.lang.map(|l| l.code())] dir=[i.lang.map(|l| l.dir())]
                aria-invalid=[invalid.then_some("true")] aria-describedby=[described_by(&id, i.hint.is_some(), invalid)];
        }
    }
}

/// Every IANA time zone name, as suggestions for a time-zone field.
pub fn time_zone_list(id: &str) -> Markup {
    html! { datalist id=(id) { @for tz in chrono_tz::TZ_VARIANTS { option value=(tz.name()) {} } } }
}

/// A labelled multi-line text area.
pub fn textarea(tr: Tr, errors: &FieldErrors, name: &str, label: &str, value: &str) -> Markup {
    textarea_in(tr, errors, name, label, value, None)
}

/// A labelled multi-line text area whose text is typed in `lang` (when not the page's).
pub fn textarea_in(
    tr: Tr,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
    lang: Option<crate::i18n::Lang>,
) -> Markup {
    let invalid = errors.get(name).is_some();
    html! {
        div.field.invalid[invalid] {
            label for=(name) { (tr.t(label)) }
            (field_error(tr, errors, name, name))
            textarea id=(name) name=(name) rows="6" aria-invalid=[invalid.then_some("true")]
                lang=[lang.map(|l| l.code())] dir=[lang.map(|l| l.dir())]
                aria-describedby=[described_by(name, false, invalid)] { (value) }
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
    let invalid = errors.get(name).is_some();
    html! {
        div.field.invalid[invalid] {
            label for=(name) { (tr.t(label)) (required_mark(tr, required)) }
            (field_error(tr, errors, name, name))
            select id=(name) name=(name) required[required] aria-invalid=[invalid.then_some("true")]
                aria-describedby=[described_by(name, false, invalid)] {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Msg;
    use crate::i18n::Lang;

    #[test]
    fn the_summary_names_each_field_by_its_label_and_links_to_it() {
        let tr = Tr(Lang::En);
        let mut errors = FieldErrors::new();
        errors.add("gender", Msg::new("err-required"));
        errors.add("languages", Msg::new("err-languages"));
        errors.add("reason", Msg::new("err-too-long"));
        errors.add("nowhere", Msg::new("err-required"));
        let options = [("woman".to_owned(), "Woman".to_owned())];
        let form = html! {
            (select(tr, &errors, "gender", "reg-gender", &options, "", true))
            fieldset.languages #languages { legend { "Working languages" } }
            input #reason name="reason" aria-label="Reason & note";
        };
        let page = with_error_summary(tr, &errors, form).0;
        let summary = &page[..page.find("</ul>").unwrap()];
        assert!(summary.contains("<a href=\"#gender\">Gender: This field is required.</a>"), "{summary}");
        assert!(summary.contains("<a href=\"#languages\">Working languages: Tick at least"), "{summary}");
        assert!(summary.contains("<a href=\"#reason\">Reason &amp; note: "), "{summary}");
        assert!(summary.contains("<a href=\"#nowhere\">This field is required.</a>"), "{summary}");
    }

    #[test]
    fn a_scoped_field_is_linked_by_its_scoped_id() {
        let tr = Tr(Lang::En);
        let mut errors = FieldErrors::new();
        errors.add("email", Msg::new("err-email"));
        let form = input(tr, &errors, Input::text("email", "field-email", "x").scope("contact-3"));
        let page = with_error_summary_in(tr, &errors, Some("contact-3"), form).0;
        assert!(page.contains("<a href=\"#contact-3-email\">Email address: Enter an email"), "{page}");
        assert!(page.contains("aria-describedby=\"contact-3-email-error\""), "{page}");
    }
}
