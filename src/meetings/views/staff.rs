//! The secretariat's pages: the agenda (items, the add form), one item's edit form, and the
//! chair's view of an item's list of speakers with its inscription form.

use maud::{Markup, html};

use super::super::input::{AgendaForm, InscriptionForm};
use super::super::speakers::{ListOfSpeakers, SpeakerRow};
use super::{group_choices, item_heading, item_settings, level_choices, level_key, local_time, speaker_cell};
use crate::domain::InscriptionState;
use crate::entities::{agenda_item, event};
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, EventTab, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

fn agenda_fields(tr: Tr, form: &AgendaForm, errors: &FieldErrors) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("number", "meet-field-number", &form.number).required().hint("meet-field-number-hint")))
        (c::input(tr, errors, Input::text("title", "meet-field-title", &form.title).required()))
        (c::checkbox(tr, "list_open", "meet-field-list-open", form.list_open.is_some()))
        (c::input(tr, errors, Input::text("time_limit", "meet-field-time-limit", &form.time_limit).kind("number").hint("meet-field-time-limit-hint")))
    }
}

fn agenda_table(tr: Tr, e: &event::Model, items: &[agenda_item::Model]) -> Markup {
    let caption = tr.t("meet-agenda");
    Table::under_heading(&caption).id("agenda").render(html! {
        thead { tr {
            th scope="col" { (tr.t("meet-col-number")) } th scope="col" { (tr.t("meet-col-title")) }
            th scope="col" { (tr.t("meet-col-list")) } th scope="col" { span.visually-hidden { (tr.t("meet-col-actions")) } }
        } }
        tbody { @for i in items {
            tr data-item=(i.id) {
                td { (i.number) } th scope="row" { (i.title) }
                td { (item_settings(tr, i)) }
                td.actions {
                    a.button href={ "/organiser/events/" (e.id) "/agenda/" (i.id) "/speakers" } { (tr.t("meet-speakers-link")) (c::for_row(&i.number)) }
                    " " a href={ "/organiser/events/" (e.id) "/agenda/" (i.id) } { (tr.t("action-edit")) (c::for_row(&i.number)) }
                }
            }
        } }
    })
}

/// The agenda of a meeting, with the form adding an item.
pub fn agenda_page(
    page: &Page,
    e: &event::Model,
    items: &[agenda_item::Model],
    form: &AgendaForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("meet-agenda");
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).render(page))
            @if items.is_empty() { (c::empty_state(&tr.t("meet-agenda-empty"), html! {})) } @else { (agenda_table(tr, e, items)) }
            p { a href={ "/organiser/events/" (e.id) "/documents" } { (tr.t("doc-documents")) } }
            @if e.status != crate::domain::EventStatus::Draft {
                p { a href={ "/events/" (e.id) "/agenda" } { (tr.t("meet-agenda-public-link")) } }
            }
            (super::ngos::admits_form(page, e))
            section #add-item {
                h2 { (tr.t("meet-add-item")) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action={ "/organiser/events/" (e.id) "/agenda" } {
                        (c::csrf_field(&page.csrf))
                        (agenda_fields(tr, form, errors))
                        button.primary type="submit" { (tr.t("meet-add-item")) }
                    }
                }))
            }
        },
    )
}

/// One item's edit form.
pub fn item_page(
    page: &Page,
    e: &event::Model,
    item: &agenda_item::Model,
    form: &AgendaForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = item_heading(item);
    let agenda = format!("/organiser/events/{}/agenda", e.id);
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).crumb(tr.t("meet-agenda"), agenda).render(page))
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/agenda/" (item.id) } {
                    (c::csrf_field(&page.csrf))
                    (agenda_fields(tr, form, errors))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
        },
    )
}

/// A small form posting to one of the row's actions.
fn row_action(
    page: &Page,
    base: &str,
    r: &SpeakerRow,
    action: &str,
    label: &str,
    extra: Option<(&str, &str)>,
) -> Markup {
    html! {
        form.inline method="post" action={ (base) "/" (r.id) "/" (action) } {
            (c::csrf_field(&page.csrf))
            @if let Some((name, value)) = extra { input type="hidden" name=(name) value=(value); }
            button type="submit" { (page.tr.t(label)) (c::for_row(&r.name)) }
        }
    }
}

fn waiting_table(page: &Page, l: &ListOfSpeakers, base: &str) -> Markup {
    let tr = page.tr;
    let caption = tr.t("meet-not-yet-heard");
    Table::new(&caption).id("waiting").render(html! {
        thead { tr {
            th scope="col" { (tr.t("meet-col-place")) } th scope="col" { (tr.t("meet-col-speaker")) }
            th scope="col" { (tr.t("meet-col-level")) } th scope="col" { (tr.t("meet-col-inscribed")) }
            th scope="col" { span.visually-hidden { (tr.t("meet-col-actions")) } }
        } }
        tbody { @for (n, r) in l.not_yet_heard().enumerate() {
            tr data-speaker=(r.id) class=[(n == 0).then_some("speaking")] {
                td.num { (r.place.unwrap_or_default()) }
                td { (speaker_cell(tr, r)) }
                td { (tr.t(level_key(r.level))) }
                td { (local_time(&l.event, r.inscribed_at)) }
                td.actions {
                    @if n == 0 { (row_action(page, base, r, "spoke", "meet-action-spoke", None)) }
                    (row_action(page, base, r, "move", "meet-action-up", Some(("direction", "up"))))
                    (row_action(page, base, r, "move", "meet-action-down", Some(("direction", "down"))))
                    (row_action(page, base, r, "withdraw", "meet-action-withdraw", None))
                }
            }
        } }
    })
}

fn floor(tr: Tr, l: &ListOfSpeakers) -> Markup {
    let who = |r: Option<&SpeakerRow>| match r {
        Some(r) => speaker_cell(tr, r),
        None => html! { (tr.t("meet-nobody")) },
    };
    html! {
        dl.floor #floor {
            dt { (tr.t("meet-speaking-now")) } dd #speaking-now { (who(l.speaking_now())) }
            dt { (tr.t("meet-next")) } dd #next-speaker { (who(l.next())) }
        }
    }
}

fn inscription_form(
    page: &Page,
    reference: &Reference,
    base: &str,
    form: &InscriptionForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let lang = tr.lang();
    let kinds =
        vec![("state".to_owned(), tr.t("meet-speaker-state")), ("observer".to_owned(), tr.t("meet-speaker-observer"))];
    let states = crate::participants::names::state_choices(reference, lang);
    html! {
        section #inscribe {
            h2 { (tr.t("meet-inscribe-title")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action=(base) {
                    (c::csrf_field(&page.csrf))
                    (c::select(tr, errors, "speaker", "meet-field-speaker", &kinds, if form.speaker.is_empty() { "state" } else { &form.speaker }, true))
                    (c::select(tr, errors, "country", "meet-field-country", &states, &form.country, false))
                    (c::input(tr, errors, Input::text("name", "meet-field-observer", &form.name).hint("meet-field-observer-hint")))
                    (c::select(tr, errors, "level", "meet-field-level", &level_choices(tr), &form.level, true))
                    (c::select(tr, errors, "on_behalf_of", "meet-field-group", &group_choices(tr, reference), &form.on_behalf_of, false))
                    (c::input(tr, errors, Input::text("other_group", "meet-field-other-group", &form.other_group)))
                    button.primary type="submit" { (tr.t("meet-inscribe")) }
                }
            }))
        }
    }
}

/// The chair's view of an item's list of speakers: who speaks now and next, the speakers not
/// yet heard with their actions, those heard and withdrawn, and the inscription form.
pub fn chair_page(
    page: &Page,
    reference: &Reference,
    l: &ListOfSpeakers,
    form: &InscriptionForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let e = &l.event;
    let title = tr.ta("meet-speakers-title", &[("item", &item_heading(&l.item))]);
    let base = format!("/organiser/events/{}/agenda/{}/speakers", e.id, l.item.id);
    let heard: Vec<&SpeakerRow> = l.rows.iter().filter(|r| r.state == InscriptionState::Spoke).collect();
    let withdrawn: Vec<&SpeakerRow> = l.rows.iter().filter(|r| r.state == InscriptionState::Withdrawn).collect();
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone())
                .crumb(tr.t("meet-agenda"), format!("/organiser/events/{}/agenda", e.id))
                .lead(item_settings(tr, &l.item))
                .render(page))
            (floor(tr, l))
            (waiting_table(page, l, &base))
            @if !heard.is_empty() {
                h2 { (tr.t("meet-heard-title")) }
                ul #heard { @for r in &heard { li data-speaker=(r.id) { (speaker_cell(tr, r)) } } }
            }
            @if !withdrawn.is_empty() {
                h2 { (tr.t("meet-withdrawn-title")) }
                ul #withdrawn { @for r in &withdrawn { li data-speaker=(r.id) { (speaker_cell(tr, r)) } } }
            }
            @if l.item.list_open { (inscription_form(page, reference, &base, form, errors)) }
            @else { (c::alert_text(c::Alert::Info, &tr.t("meet-list-closed-notice"))) }
            p { a href={ "/events/" (e.id) "/agenda/" (l.item.id) "/speakers.pdf" } { (tr.t("meet-pdf-link")) } }
        },
    )
}
