//! The event form (create and edit) and the fields of a session.

use maud::{Markup, html};

use super::options;
use crate::auth::StaffUser;
use crate::domain::{DatePrecision, EventKind, Language, RegistrationMode, SessionKind};
use crate::entities::{agenda_item, series};
use crate::error::FieldErrors;
use crate::events::input::{AGENDA_ITEM_FIELD, EventForm, SessionForm};
use crate::events::versions::field_names;
use crate::i18n::{Lang, Tr};
use crate::participants::names::state_choices;
use crate::reference::{self as names, Reference};
use crate::web::components::{self as c, EventTab, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The choices of the event form's selects that depend on who fills it in.
struct Choices {
    programmes: Vec<(String, String)>,
    units: Vec<(String, String)>,
    series: Vec<(String, String)>,
    countries: Vec<(String, String)>,
}

impl Choices {
    fn for_staff(tr: Tr, reference: &Reference, all_series: &[series::Model], staff: &StaffUser) -> Self {
        Self {
            programmes: reference
                .programmes
                .iter()
                .filter(|p| staff.can_manage(&p.code))
                .map(|p| (p.code.clone(), format!("{} — {}", p.code, names::programme(tr, reference, &p.code))))
                .collect(),
            units: reference.units.iter().map(|u| (u.code.clone(), names::unit(tr, reference, &u.code))).collect(),
            series: all_series
                .iter()
                .filter(|s| staff.can_manage(&s.programme_code))
                .map(|s| (s.code.clone(), s.title.clone()))
                .collect(),
            countries: state_choices(reference, tr.lang()),
        }
    }
}

fn what_fields(tr: Tr, choices: &Choices, form: &EventForm, errors: &FieldErrors) -> Markup {
    let kinds = options(EventKind::ALL, |k| k.as_str(), |k| tr.t(&format!("kind-{}", k.as_str())));
    html! {
        fieldset {
            legend { (tr.t("event-section-what")) }
            (c::select(tr, errors, "kind", "field-kind", &kinds, &form.kind, true))
            (c::select(tr, errors, "programme", "field-programme", &choices.programmes, &form.programme, true))
            (c::select(tr, errors, "unit", "field-unit", &choices.units, &form.unit, true))
            (c::select(tr, errors, "series", "field-series", &choices.series, &form.series, false))
            (c::input(tr, errors, Input::text("mandate", "field-mandate", &form.mandate).hint("hint-mandate")))
        }
    }
}

fn where_fields(tr: Tr, choices: &Choices, form: &EventForm, errors: &FieldErrors) -> Markup {
    let precisions = options(DatePrecision::ALL, |k| k.as_str(), |k| tr.t(&format!("precision-{}", k.as_str())));
    html! {
        fieldset {
            legend { (tr.t("event-section-where")) }
            (c::input(tr, errors, Input::text("city", "field-city", &form.city).required()))
            (c::select(tr, errors, "country", "field-country", &choices.countries, &form.country, false))
            (c::input(tr, errors, Input::text("time_zone", "field-time-zone", &form.time_zone).required().hint("hint-time-zone").list("time-zones")))
            (c::time_zone_list("time-zones"))
            (c::select(tr, errors, "date_precision", "field-date-precision", &precisions, &form.date_precision, true))
            (c::input(tr, errors, Input::text("start_date", "field-start-date", &form.start_date).required().hint("hint-date")))
            (c::input(tr, errors, Input::text("end_date", "field-end-date", &form.end_date).required().hint("hint-date")))
        }
    }
}

fn registration_fields(tr: Tr, form: &EventForm, errors: &FieldErrors) -> Markup {
    let modes = options(RegistrationMode::ALL, |k| k.as_str(), |k| tr.t(&format!("registration-{}", k.as_str())));
    let ticked = form.languages();
    html! {
        fieldset {
            legend { (tr.t("event-section-registration")) }
            (c::select(tr, errors, "registration_mode", "field-registration-mode", &modes, &form.registration_mode, true))
            (c::checkbox(tr, "approval_required", "field-approval-required", form.approval_required.is_some()))
            (c::checkbox(tr, "reminders_enabled", "field-reminders-enabled", form.reminders_enabled.is_some()))
            (c::checkbox(tr, "remote_attendance", "field-remote-attendance", form.remote_attendance.is_some()))
            (c::input(tr, errors, Input::text("registration_opens", "field-registration-opens", &form.registration_opens).kind("datetime-local").hint("hint-local-time")))
            (c::input(tr, errors, Input::text("registration_closes", "field-registration-closes", &form.registration_closes).kind("datetime-local").hint("hint-local-time")))
            (c::input(tr, errors, Input::text("capacity", "field-capacity", &form.capacity).kind("number").hint("hint-capacity")))
            (c::input(tr, errors, Input::text("certificate_min_attendance_percent", "field-certificate-percent", &form.certificate_min_attendance_percent).kind("number").hint("hint-certificate-percent")))
            (c::input(tr, errors, Input::text("retention_months", "field-retention-months", &form.retention_months).kind("number").hint("hint-retention-months")))
            fieldset.languages #languages {
                legend { (tr.t("field-languages")) }
                @if let Some(m) = errors.get("languages") { p.field-error { (tr.msg(m)) } }
                @for l in Language::ALL {
                    (c::checkbox(tr, &format!("lang_{}", l.as_str()), &format!("language-{}", l.as_str()), ticked.contains(l)))
                }
            }
        }
    }
}

/// The event's texts: the original (in the language chosen) and, side by side, its versions in
/// the other languages; the event's working languages and those already written are open.
fn content_fields(tr: Tr, form: &EventForm, errors: &FieldErrors) -> Markup {
    let original =
        Lang::ALL.into_iter().find(|l| l.code() == form.versions.original_language.trim()).unwrap_or_default();
    let languages: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_owned(), l.endonym().to_owned())).collect();
    let chosen = original.code();
    let working = form.languages();
    html! {
        fieldset.content-versions-set {
            legend { (tr.t("event-section-content")) }
            p.hint { (tr.t("hint-content-versions")) }
            (c::select(tr, errors, "original_language", "field-original-language", &languages, chosen, true))
            div.content-versions {
                fieldset.content-version {
                    legend { (tr.ta("content-original-legend", &[("language", original.endonym())])) }
                    (c::input(tr, errors, Input::text("title", "field-title", &form.title).required().lang(original)))
                    (c::input(tr, errors, Input::text("venue_name", "field-venue", &form.venue_name).lang(original)))
                    (c::textarea_in(tr, errors, "description", "field-description", &form.description, Some(original)))
                }
                @for lang in Lang::ALL.into_iter().filter(|l| *l != original) {
                    @let v = form.versions.version(lang);
                    @let [title, description, venue] = field_names(lang);
                    @let open = !v.is_empty() || working.iter().any(|w| w.as_str() == lang.code())
                        || [title, description, venue].iter().any(|f| errors.get(f).is_some());
                    details.content-version open[open] {
                        summary { (tr.ta("content-version-legend", &[("language", lang.endonym())])) }
                        (c::input(tr, errors, Input::text(title, "field-title", &v.title).lang(lang)))
                        (c::input(tr, errors, Input::text(venue, "field-venue", &v.venue_name).lang(lang)))
                        (c::textarea_in(tr, errors, description, "field-description", &v.description, Some(lang)))
                    }
                }
            }
        }
    }
}

/// The create/edit form of an event.
pub fn event_form(
    page: &Page,
    reference: &Reference,
    all_series: &[series::Model],
    staff: &StaffUser,
    form: &EventForm,
    errors: &FieldErrors,
    target: Option<i32>,
) -> Markup {
    let tr = page.tr;
    let title = if target.is_some() { tr.t("event-edit-title") } else { tr.t("event-new-title") };
    let action = match target {
        Some(id) => format!("/organiser/events/{id}"),
        None => "/organiser/events".to_owned(),
    };
    let choices = Choices::for_staff(tr, reference, all_series, staff);
    // The event's name as last saved is not at hand: the form's is, unless it was emptied.
    // The form's title is in the event's original language; the fallback in the page's.
    let event_title = if form.title.trim().is_empty() {
        crate::events::content::Text { text: tr.t("tab-overview"), lang: tr.lang() }
    } else {
        let lang = crate::i18n::Lang::from_tag(&form.versions.original_language).unwrap_or_default();
        crate::events::content::Text { text: form.title.clone(), lang }
    };
    let header = match target {
        Some(id) => Header::event_sub(tr, id, &event_title, EventTab::Overview, title.clone()),
        None => Header::new(title.clone()).crumb(tr.t("organiser-events-title"), "/organiser/events"),
    };
    layout::page(
        page,
        &title,
        html! {
            (header.render(page))
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action=(action) {
                    (c::csrf_field(&page.csrf))
                    (content_fields(tr, form, errors))
                    (what_fields(tr, &choices, form, errors))
                    (where_fields(tr, &choices, form, errors))
                    (registration_fields(tr, form, errors))
                    div.actions {
                        button.primary type="submit" { (tr.t("action-save")) }
                        @if let Some(id) = target { a href={ "/organiser/events/" (id) } { (tr.t("action-cancel-edit")) } }
                    }
                }
            }))
        },
    )
}

/// The fields of a session (the add form on the event's page, and the edit form).
pub(super) fn session_fields(
    tr: Tr,
    form: &SessionForm,
    errors: &FieldErrors,
    original: Lang,
    agenda: &[agenda_item::Model],
) -> Markup {
    let kinds = options(SessionKind::ALL, |k| k.as_str(), |k| tr.t(&format!("session-kind-{}", k.as_str())));
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != original).collect();
    let open = others.iter().any(|l| !form.titles.title(*l).is_empty() || errors.get(field_names(*l)[0]).is_some());
    html! {
        (c::input(tr, errors, Input::text("title", "field-session-title", &form.title).required()))
        details.session-titles open[open] {
            summary { (tr.t("session-titles-other-languages")) }
            @for lang in others {
                @let name = field_names(lang)[0];
                (c::input(tr, errors, Input::text(name, lang_label(lang), &form.titles.title(lang)).lang(lang)))
            }
        }
        (c::select(tr, errors, "kind", "field-session-kind", &kinds, &form.kind, true))
        (c::input(tr, errors, Input::text("date", "field-session-date", &form.date).kind("date").required()))
        (c::input(tr, errors, Input::text("start_time", "field-start-time", &form.start_time).kind("time").required()))
        (c::input(tr, errors, Input::text("end_time", "field-end-time", &form.end_time).kind("time").required()))
        (c::input(tr, errors, Input::text("room", "field-room", &form.room)))
        (c::input(tr, errors, Input::text("remote_url", "field-remote-url", &form.remote_url).kind("url").hint("hint-remote-url")))
        @if !agenda.is_empty() { (agenda_choices(tr, form, errors, agenda)) }
    }
}

/// The agenda items a session of a meeting takes up, one checkbox each.
fn agenda_choices(tr: Tr, form: &SessionForm, errors: &FieldErrors, agenda: &[agenda_item::Model]) -> Markup {
    html! {
        fieldset.agenda-items #agenda_item_ids {
            legend { (tr.t("field-session-agenda-items")) }
            @if let Some(m) = errors.get("agenda_item_ids") { p.field-error { (tr.msg(m)) } }
            @for item in agenda {
                @let name = format!("{AGENDA_ITEM_FIELD}{}", item.id);
                div.field.check {
                    input id=(name) name=(name) type="checkbox" checked[form.takes_up(item.id)];
                    label for=(name) { (item.number) ". " (item.title) }
                }
            }
        }
    }
}

/// The catalogue key naming a language as a label ("In French").
fn lang_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "content-in-ar",
        Lang::Zh => "content-in-zh",
        Lang::En => "content-in-en",
        Lang::Fr => "content-in-fr",
        Lang::Ru => "content-in-ru",
        Lang::Es => "content-in-es",
    }
}
