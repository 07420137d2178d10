//! The focal point's nomination page.

use maud::{Markup, html};

use super::delegations::{nominee_list, nominee_row};
use super::parts::{Notice, local_day};
use crate::error::FieldErrors;
use crate::invitations::delegations::NominationPage;
use crate::invitations::input::{MAX_QUOTA, NominationForm, NomineeForm};
use crate::participants::names::state_name;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The focal point's page: the delegation so far and the form to nominate the rest.
pub fn nomination(
    page: &Page,
    reference: &Reference,
    np: &NominationPage,
    token: &str,
    form: &NominationForm,
    errors: &FieldErrors,
    notice: &Notice,
) -> Markup {
    let tr = page.tr;
    let e = &np.event;
    let d = &np.delegation;
    let country_name = state_name(reference, &d.country_iso3, tr.lang());
    let title = tr.ta("nom-title", &[("country", &country_name)]);
    let remaining = usize::try_from(np.remaining).unwrap_or(0).min(usize::try_from(MAX_QUOTA).unwrap_or(50));
    let with_head = d.head_person_id.is_none();
    let place = match &e.country_iso3 {
        Some(c) => format!("{}, {}", e.city, state_name(reference, c, tr.lang())),
        None => e.city.clone(),
    };
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(html! {
                p { (c::in_lang(&crate::events::content::title(e, tr.lang()), tr.lang())) }
                p.meta { (c::date_range(tr, e.start_date, e.end_date, e.date_precision)) " · " (place) }
            }).render(page))
            (notice.render(tr))
            @let form_markup = nomination_form(page, token, form, errors, remaining, with_head);
            (c::error_summary(tr, errors, &form_markup))
            dl.details {
                dt { (tr.t("deleg-col-state")) } dd { (country_name) }
                dt { (tr.t("deleg-focal-point")) } dd { (crate::invitations::rules::full_name(np.focal_point.title.as_deref(), &np.focal_point.given_name, &np.focal_point.family_name)) }
                dt { (tr.t("deleg-col-quota")) } dd { (d.seat_quota) }
                dt { (tr.t("nom-remaining")) } dd #remaining { (np.remaining) }
                dt { (tr.t("nom-deadline")) } dd { (c::date(tr, local_day(e, np.invitation.expires_at))) }
                @if let Some(r) = &d.note_verbale_ref { dt { (tr.t("nom-field-note-ref")) } dd { (r) } }
                @if let Some(nv) = &np.note_verbale { dt { (tr.t("deleg-col-note-verbale")) } dd { (nv.filename) } }
            }
            @if crate::meetings::is_serviced(e.kind) {
                ul #meeting-links {
                    li #credentials-link { a href={ "/n/" (token) "/credentials" } { (tr.t("cred-nomination-link")) } }
                    li #speakers-link { a href={ "/n/" (token) "/speakers" } { (tr.t("meet-nomination-speakers-link")) } }
                    li #statements-link { a href={ "/n/" (token) "/statements" } { (tr.t("stmt-nomination-link")) } }
                }
            }
            section #nominated {
                h2 { (tr.ta("nom-so-far", &[("count", &np.nominees.len().to_string())])) }
                @if np.nominees.is_empty() { p { (tr.t("nom-none-yet")) } } @else { (nominee_list(tr, &np.nominees)) }
            }
            section #nominate {
                h2 { (tr.t("nom-form-title")) }
                @if remaining == 0 { (c::alert_text(Alert::Info, &tr.t("nom-quota-full"))) }
                p.hint { (tr.t("nom-form-hint")) }
                (form_markup)
            }
        },
    )
}

/// The nomination form: a row per seat left, the head of delegation, and the note verbale.
fn nomination_form(
    page: &Page,
    token: &str,
    form: &NominationForm,
    errors: &FieldErrors,
    remaining: usize,
    with_head: bool,
) -> Markup {
    let tr = page.tr;
    let empty = NomineeForm::default();
    html! {
        form.stack method="post" enctype="multipart/form-data" action={ "/n/" (token) "?csrf=" (page.csrf) } {
            div #quota {
                @for i in 1..=remaining {
                    (nominee_row(tr, i, form.rows.get(i - 1).unwrap_or(&empty), &form.head, errors, with_head))
                }
            }
            @if let Some(m) = errors.get("head") { p.field-error #head { (tr.msg(m)) } }
            fieldset {
                legend { (tr.t("nom-note-title")) }
                (c::input(tr, errors, Input::text("note_verbale_ref", "nom-field-note-ref", &form.note_verbale_ref)))
                (c::input(tr, errors, Input::text("note_verbale_date", "nom-field-note-date", &form.note_verbale_date).kind("date").hint("hint-date")))
                div.field.invalid[errors.get("note_verbale").is_some()] {
                    label for="note_verbale" { (tr.t("nom-field-note-file")) }
                    p.hint { (tr.t("nom-hint-note-file")) }
                    @if let Some(m) = errors.get("note_verbale") { p.field-error { (tr.msg(m)) } }
                    input #note_verbale type="file" name="note_verbale" accept="application/pdf,.pdf";
                }
            }
            p.hint.notice-link {
                (tr.t("nom-notice")) " "
                a href="/privacy" target="_blank" rel="noopener" { (tr.t("data-notice-link")) }
            }
            button.primary type="submit" { (tr.t("nom-submit")) }
        }
    }
}
