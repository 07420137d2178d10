//! Views of the webhook pages: the list of endpoints with the form to add one, an endpoint's
//! page (edit, disable, delete, secret) and its delivery log with "send again".

use maud::{Markup, html};

use super::input::{EndpointInput, kinds_of};
use super::rules::Log;
use crate::domain::{WebhookDeliveryState, WebhookKind};
use crate::entities::webhook_endpoint;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Header, Input, Table, Tone};
use crate::web::extract::Page;
use crate::web::layout;

/// The label of a kind of change.
pub fn kind_label(tr: Tr, kind: WebhookKind) -> String {
    tr.t(&format!("webhooks-kind-{}", kind.as_str().replace(['.', '_'], "-")))
}

fn state_badge(tr: Tr, state: WebhookDeliveryState) -> Markup {
    let tone = match state {
        WebhookDeliveryState::Delivered => Tone::Ok,
        WebhookDeliveryState::Failed => Tone::Bad,
        WebhookDeliveryState::Queued | WebhookDeliveryState::Sending => Tone::Info,
    };
    c::badge(tone, &tr.t(&format!("webhooks-state-{}", state.as_str())))
}

fn programme_label(tr: Tr, reference: &Reference, code: Option<&str>) -> String {
    match code {
        Some(code) => crate::reference::programme(tr, reference, code),
        None => tr.t("webhooks-all-programmes"),
    }
}

/// The form of an endpoint, filled with `input` (a new one, or an existing one's fields).
fn endpoint_form(
    page: &Page,
    reference: &Reference,
    action: &str,
    input: &EndpointInput,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let programmes: Vec<(String, String)> = reference
        .programmes
        .iter()
        .map(|p| (p.code.clone(), crate::reference::programme(tr, reference, &p.code)))
        .collect();
    let kind_error = errors.get("event_type").is_some();
    c::with_error_summary(
        tr,
        errors,
        html! {
            form.stack method="post" action=(action) {
                (c::csrf_field(&page.csrf))
                (c::input(tr, errors, Input::text("url", "webhooks-url", &input.url).kind("url").required().hint("webhooks-url-hint")))
                (c::input(tr, errors, Input::text("description", "webhooks-description", &input.description)))
                (c::select(tr, errors, "programme", "webhooks-programme", &programmes, &input.programme, false))
                fieldset #event_type .field.invalid[kind_error] {
                    legend { (tr.t("webhooks-event-types")) }
                    @if let Some(m) = errors.get("event_type") { p.field-error #event_type-error { (tr.msg(m)) } }
                    @for kind in WebhookKind::ALL {
                        div.field.check {
                            input id={ "event_type-" (kind.as_str()) } name="event_type" type="checkbox" value=(kind.as_str())
                                checked[input.event_types.iter().any(|t| t == kind.as_str())];
                            label for={ "event_type-" (kind.as_str()) } { (kind_label(tr, *kind)) }
                        }
                    }
                }
                (c::checkbox(tr, "personal_data", "webhooks-personal-data", input.personal_data))
                p.hint { (tr.t("webhooks-personal-data-hint")) }
                (c::checkbox(tr, "active", "webhooks-active", input.active))
                div.actions { button type="submit" { (tr.t("webhooks-save")) } }
            }
        },
    )
}

/// The fields of a stored endpoint, as its form shows them.
pub fn input_of(e: &webhook_endpoint::Model) -> EndpointInput {
    EndpointInput {
        url: e.url.clone(),
        description: e.description.clone(),
        programme: e.programme_code.clone().unwrap_or_default(),
        event_types: kinds_of(&e.event_types).iter().map(|k| k.as_str().to_owned()).collect(),
        personal_data: e.personal_data,
        active: e.active,
    }
}

fn endpoint_row(tr: Tr, reference: &Reference, e: &webhook_endpoint::Model) -> Markup {
    let kinds: Vec<String> = kinds_of(&e.event_types).into_iter().map(|k| kind_label(tr, k)).collect();
    html! {
        tr data-endpoint=(e.id) {
            th scope="row" {
                a href={ "/admin/webhooks/" (e.id) } { (e.url) }
                @if !e.description.is_empty() { br; small { (e.description) } }
            }
            td { (programme_label(tr, reference, e.programme_code.as_deref())) }
            td { (kinds.join(", ")) }
            td { @if e.personal_data { (c::badge(Tone::Waiting, &tr.t("webhooks-personal-yes"))) } @else { (tr.t("webhooks-personal-no")) } }
            td { @if e.active { (c::badge(Tone::Ok, &tr.t("webhooks-on"))) } @else { (c::badge(Tone::Off, &tr.t("webhooks-off"))) } }
            td { a href={ "/admin/webhooks/" (e.id) "/deliveries" } { (tr.t("webhooks-log")) (c::for_row(&e.url)) } }
        }
    }
}

/// `/admin/webhooks`: the endpoints and the form to add one.
pub fn list(
    page: &Page,
    reference: &Reference,
    endpoints: &[webhook_endpoint::Model],
    input: &EndpointInput,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("webhooks-title");
    let caption = tr.t("webhooks-caption");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(html! { span.hint { (tr.t("webhooks-lead")) } }).render(page))
            @if endpoints.is_empty() {
                (c::empty_state(&tr.t("webhooks-none"), html! {}))
            } @else {
                (Table::new(&caption).id("endpoints").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("webhooks-url")) } th scope="col" { (tr.t("webhooks-programme")) }
                        th scope="col" { (tr.t("webhooks-event-types")) } th scope="col" { (tr.t("webhooks-personal")) }
                        th scope="col" { (tr.t("webhooks-state")) }
                        th scope="col" { span.visually-hidden { (tr.t("webhooks-actions")) } }
                    } }
                    tbody { @for e in endpoints { (endpoint_row(tr, reference, e)) } }
                }))
            }
            section.webhooks-add aria-labelledby="webhooks-add" {
                h2 #webhooks-add { (tr.t("webhooks-add")) }
                (endpoint_form(page, reference, "/admin/webhooks", input, errors))
            }
        },
    )
}

/// `/admin/webhooks/{id}`: the endpoint's secret, its form, and deletion.
pub fn endpoint(
    page: &Page,
    reference: &Reference,
    e: &webhook_endpoint::Model,
    input: &EndpointInput,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.ta("webhooks-endpoint-title", &[("id", &e.id.to_string())]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("webhooks-title"), "/admin/webhooks").render(page))
            p { a href={ "/admin/webhooks/" (e.id) "/deliveries" } { (tr.t("webhooks-log")) } }
            section.webhooks-secret aria-labelledby="webhooks-secret" {
                h2 #webhooks-secret { (tr.t("webhooks-secret")) }
                p.hint { (tr.t("webhooks-secret-hint")) }
                p { code #secret { (e.secret) } }
            }
            section aria-labelledby="webhooks-edit" {
                h2 #webhooks-edit { (tr.t("webhooks-edit")) }
                (endpoint_form(page, reference, &format!("/admin/webhooks/{}", e.id), input, errors))
            }
            form.stack method="post" action={ "/admin/webhooks/" (e.id) "/delete" } {
                (c::csrf_field(&page.csrf))
                div.actions { button.danger type="submit" { (tr.t("webhooks-delete")) } }
            }
        },
    )
}

/// `/admin/webhooks/{id}/deliveries`: the log, newest first, with "send again".
pub fn log(page: &Page, log: &Log) -> Markup {
    let tr = page.tr;
    let e = &log.endpoint;
    let title = tr.ta("webhooks-log-title", &[("url", &e.url)]);
    let caption = tr.t("webhooks-log-caption");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("webhooks-title"), "/admin/webhooks").render(page))
            p { a href={ "/admin/webhooks/" (e.id) } { (tr.t("webhooks-edit")) } }
            @if log.deliveries.is_empty() {
                (c::empty_state(&tr.t("webhooks-log-none"), html! {}))
            } @else {
                (Table::new(&caption).id("deliveries").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("webhooks-delivery")) } th scope="col" { (tr.t("webhooks-kind")) }
                        th scope="col" { (tr.t("webhooks-state")) } th scope="col" { (tr.t("webhooks-status")) }
                        th scope="col" { (tr.t("webhooks-attempts")) } th scope="col" { (tr.t("webhooks-next")) }
                        th scope="col" { span.visually-hidden { (tr.t("webhooks-actions")) } }
                    } }
                    tbody { @for d in &log.deliveries {
                        tr data-delivery=(d.id) {
                            th scope="row" { code { (super::dispatcher::delivery_id(d.id)) } br; small { (c::moment(tr, d.occurred_at, "UTC")) } }
                            td { (kind_label(tr, d.event_type)) }
                            td { (state_badge(tr, d.state)) @if let Some(err) = &d.last_error { br; small.last-error { (crate::mail::outbox::short_reply(err)) } } }
                            td.num.status { @if let Some(s) = d.last_status { (s) } @else { "—" } }
                            td.num.attempts { (d.attempts) }
                            td { @if matches!(d.state, WebhookDeliveryState::Queued) { (c::moment(tr, d.next_attempt_at, "UTC")) } @else { "—" } }
                            td {
                                form method="post" action={ "/admin/webhooks/" (e.id) "/deliveries/" (d.id) "/redeliver" } {
                                    (c::csrf_field(&page.csrf))
                                    button.secondary type="submit" { (tr.t("webhooks-send-again")) (c::for_row(&super::dispatcher::delivery_id(d.id))) }
                                }
                            }
                        }
                    } }
                }))
                (c::pagination(tr, &format!("/admin/webhooks/{}/deliveries", e.id), "", log.page, log.pages))
            }
        },
    )
}
