//! The staff's donor records: the list of donors, a donor's file with its contacts and
//! contributions, and one contribution's page.

use maud::{Markup, html};

use super::money;
use crate::donors::input::{ContactForm, ContributionForm, DonorForm};
use crate::donors::money::usd;
use crate::donors::rules::{ContributionFile, DonorFile};
use crate::donors::{DonorKind, EarmarkKind};
use crate::entities::{contribution, donor};
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::web::components::{self as c, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

fn is_admin(page: &Page) -> bool {
    page.staff.as_ref().is_some_and(|s| s.is_admin())
}

fn donors_crumb(tr: Tr, h: Header) -> Header {
    h.crumb(tr.t("don-donors"), "/organiser/donors")
}

/// The staff's list of donors with the form for a new one.
pub fn donors(page: &Page, list: &[donor::Model], form: &DonorForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let kinds = kind_options(tr);
    let title = tr.t("don-donors");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone())
                .actions(html! { @if is_admin(page) { a.button href="/admin/funding" { (tr.t("don-consolidated")) } } })
                .render(page))
            @if list.is_empty() {
                (c::empty_state(&tr.t("empty-donors"), html! { (tr.t("empty-donors-next")) }))
            } @else {
                ul.donors { @for d in list { li { a href={ "/organiser/donors/" (d.id) } { (d.name) } " (" (tr.t(&format!("don-kind-{}", d.kind))) ")" } } }
            }
            h2 { (tr.t("don-new-donor")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action="/organiser/donors" {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("name", "don-field-name", &form.name).required()))
                    (c::select(tr, errors, "kind", "don-field-kind", &kinds, &form.kind, true))
                    (c::input(tr, errors, Input::text("country", "don-field-country", &form.country).hint("don-hint-country")))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
        },
    )
}

/// Which form of a donor's page comes back with the values sent and their errors; every other
/// form shows the record as it stands.
#[derive(Debug, Clone, Copy, Default)]
pub enum Sent<'a> {
    /// None: the page as first shown.
    #[default]
    Nothing,
    /// The donor's own fields.
    Donor(&'a DonorForm),
    /// The form of one contact (its id).
    Contact(i32, &'a ContactForm),
    /// The new contact's form.
    NewContact(&'a ContactForm),
    /// The new contribution's form.
    NewContribution(&'a ContributionForm),
}

fn earmark_options(tr: Tr) -> Vec<(String, String)> {
    EarmarkKind::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("don-earmark-{}", k.as_str())))).collect()
}

fn kind_options(tr: Tr) -> Vec<(String, String)> {
    DonorKind::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("don-kind-{}", k.as_str())))).collect()
}

/// The fields of a contact; `scope` keeps the element ids of several contact forms apart.
fn contact_fields(tr: Tr, errors: &FieldErrors, form: &ContactForm, scope: &str) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("name", "don-field-name", &form.name).required().scope(scope)))
        (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required().scope(scope)))
        (c::input(tr, errors, Input::text("language", "don-field-language", &form.language).hint("don-hint-language").scope(scope)))
    }
}

/// The fields of a contribution, new or recorded.
fn contribution_fields(tr: Tr, errors: &FieldErrors, form: &ContributionForm) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("currency", "don-field-currency", &form.currency).required()))
        (c::input(tr, errors, Input::text("amount", "don-amount", &form.amount).required()))
        (c::input(tr, errors, Input::text("usd_rate", "don-field-rate", &form.usd_rate).hint("don-hint-rate")))
        (c::input(tr, errors, Input::text("pledged_on", "don-pledged-on", &form.pledged_on).kind("date").required()))
        (c::input(tr, errors, Input::text("received_on", "don-received-on", &form.received_on).kind("date")))
        (c::input(tr, errors, Input::text("trust_fund", "don-trust-fund", &form.trust_fund).required()))
        (c::select(tr, errors, "earmark", "don-earmark", &earmark_options(tr), &form.earmark, true))
        (c::input(tr, errors, Input::text("earmark_ref", "don-field-earmark-ref", &form.earmark_ref).hint("don-hint-earmark-ref")))
        (c::textarea(tr, errors, "conditions", "don-field-conditions", &form.conditions))
        (c::input(tr, errors, Input::text("period_start", "don-field-period-start", &form.period_start).kind("date").required()))
        (c::input(tr, errors, Input::text("period_end", "don-field-period-end", &form.period_end).kind("date").required()))
    }
}

/// The donor's contacts, each with its form and removal, and the form for a new one.
fn contacts(page: &Page, f: &DonorFile, base: &str, sent: Sent<'_>, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let none = FieldErrors::new();
    let (new_contact, new_contact_errors) = match sent {
        Sent::NewContact(form) => (form.clone(), errors),
        _ => (ContactForm::default(), &none),
    };
    html! {
        h2 { (tr.t("don-contacts")) }
        @if f.contacts.is_empty() { (c::empty_state(&tr.t("don-none-yet"), html! { (tr.t("empty-contacts-next")) })) }
        @for k in &f.contacts {
            @let scope = format!("contact-{}", k.id);
            @let (form, form_errors) = match sent {
                Sent::Contact(cid, form) if cid == k.id => (form.clone(), errors),
                _ => (ContactForm::from(k), &none),
            };
            section.contact {
                h3 { (k.name) }
                form.stack method="post" action={ (base) "/contacts/" (k.id) } {
                    (c::csrf_field(&page.csrf))
                    (contact_fields(tr, form_errors, &form, &scope))
                    button type="submit" { (tr.t("don-save-contact")) (c::for_row(&k.name)) }
                }
                form.inline method="post" action={ (base) "/contacts/" (k.id) "/delete" } {
                    (c::csrf_field(&page.csrf))
                    button.link.danger type="submit" { (tr.t("don-remove-contact")) (c::for_row(&k.name)) }
                }
                p.hint { (tr.t("don-remove-contact-hint")) }
            }
        }
        h3 { (tr.t("don-new-contact")) }
        form.stack method="post" action={ (base) "/contacts" } {
            (c::csrf_field(&page.csrf))
            (contact_fields(tr, new_contact_errors, &new_contact, "contact-new"))
            button type="submit" { (tr.t("don-add-contact")) }
        }
    }
}

/// One donor's file: the donor, its contacts and contributions, each with its forms.
pub fn donor_file(page: &Page, f: &DonorFile, sent: Sent<'_>, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let id = f.donor.id;
    let base = format!("/organiser/donors/{id}");
    let none = FieldErrors::new();
    // Only the form that was sent shows errors; the others show the record.
    let (donor, donor_errors) = match sent {
        Sent::Donor(form) => (form.clone(), errors),
        _ => (DonorForm::from(&f.donor), &none),
    };
    let (new_contribution, new_contribution_errors) = match sent {
        Sent::NewContribution(form) => (form.clone(), errors),
        // Unearmarked is what an empty choice means: the form says so rather than "Choose…".
        _ => (ContributionForm { earmark: EarmarkKind::Unearmarked.as_str().to_owned(), ..Default::default() }, &none),
    };
    let summary_scope = match sent {
        Sent::Contact(cid, _) => Some(format!("contact-{cid}")),
        Sent::NewContact(_) => Some("contact-new".to_owned()),
        _ => None,
    };
    layout::page(
        page,
        &f.donor.name,
        html! {
            (donors_crumb(tr, Header::new(f.donor.name.clone()))
                .actions(html! { @if is_admin(page) { a.button href={ "/admin/donors/" (id) } { (tr.t("don-see-report")) } } })
                .render(page))
            (c::with_error_summary_in(tr, errors, summary_scope.as_deref(), html! {
                h2 { (tr.t("don-edit-donor")) }
                form.stack method="post" action=(base) {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, donor_errors, Input::text("name", "don-field-name", &donor.name).required()))
                    (c::select(tr, donor_errors, "kind", "don-field-kind", &kind_options(tr), &donor.kind, true))
                    (c::input(tr, donor_errors, Input::text("country", "don-field-country", &donor.country).hint("don-hint-country")))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
                (contacts(page, f, &base, sent, errors))
                h2 { (tr.t("don-contributions")) }
                (contributions_table(page, &base, &f.contributions))
                h3 { (tr.t("don-new-contribution")) }
                form.stack method="post" action={ (base) "/contributions" } {
                    (c::csrf_field(&page.csrf))
                    (contribution_fields(tr, new_contribution_errors, &new_contribution))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
        },
    )
}

fn contributions_table(page: &Page, base: &str, list: &[contribution::Model]) -> Markup {
    let tr = page.tr;
    let caption = tr.t("don-contributions");
    html! {
        @if list.is_empty() { (c::empty_state(&tr.t("don-none-yet"), html! { (tr.t("empty-contributions-next")) })) } @else {
            (Table::under_heading(&caption).render(html! {
                thead { tr {
                    th scope="col" { "#" } th scope="col" { (tr.t("don-trust-fund")) } th.num scope="col" { (tr.t("don-amount")) } th.num scope="col" { (tr.t("don-usd")) }
                    th.num scope="col" { (tr.t("don-balance")) } th scope="col" { (tr.t("don-earmark")) } th scope="col" { (tr.t("don-received-on")) }
                    th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } }
                } }
                tbody { @for k in list {
                    @let name = format!("#{} {}", k.id, k.trust_fund);
                    tr {
                        td { (k.id) } td { (k.trust_fund) } td.num { (money(tr, &k.currency, k.amount_minor)) } td.num { (usd(tr, k.usd_minor)) }
                        td.num { (money(tr, &k.currency, k.amount_minor - k.allocated_minor)) }
                        td { (tr.t(&format!("don-earmark-{}", k.earmark_kind))) @if let Some(x) = &k.earmark_ref { " " (x) } }
                        td { @if let Some(d) = k.received_on { (c::date(tr, d)) } @else { (tr.t("don-not-received")) } }
                        td.actions { div.row-actions {
                            a href={ (base) "/contributions/" (k.id) } { (tr.t("action-edit")) (c::for_row(&name)) }
                            // Only what nothing is allocated from can go; the rule refuses the rest anyway.
                            @if k.allocated_minor == 0 {
                                form.inline method="post" action={ (base) "/contributions/" (k.id) "/delete" } {
                                    (c::csrf_field(&page.csrf))
                                    button.link.danger type="submit" { (tr.t("action-delete")) (c::for_row(&name)) }
                                }
                            }
                        } }
                    }
                } }
            }))
        }
    }
}

/// One contribution: where it is allocated, its form pre-filled, and its deletion.
pub fn contribution_page(page: &Page, f: &ContributionFile, form: &ContributionForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let k = &f.contribution;
    let donor_url = format!("/organiser/donors/{}", f.donor.id);
    let url = format!("{donor_url}/contributions/{}", k.id);
    let title = tr.ta("don-contribution-title", &[("id", &k.id.to_string()), ("donor", &f.donor.name)]);
    let allocated_to = tr.t("don-allocated-to");
    layout::page(
        page,
        &title,
        html! {
            (donors_crumb(tr, Header::new(title.clone())).crumb(f.donor.name.clone(), donor_url.clone()).render(page))
            (c::figures(&[
                (tr.t("don-amount"), html! { (money(tr, &k.currency, k.amount_minor)) }),
                (tr.t("don-allocated"), html! { (money(tr, &k.currency, k.allocated_minor)) }),
                (tr.t("don-balance"), html! { (money(tr, &k.currency, k.amount_minor - k.allocated_minor)) }),
            ]))
            h2 { (allocated_to) }
            @if f.allocations.is_empty() { (c::empty_state(&tr.t("don-none-yet"), html! {})) } @else {
                (Table::under_heading(&allocated_to).render(html! {
                    thead { tr { th scope="col" { (tr.t("don-activity")) } th.num scope="col" { (tr.t("don-amount")) } th.num scope="col" { (tr.t("don-usd")) } } }
                    tbody { @for (a, event) in &f.allocations { tr {
                        td { a href={ "/organiser/events/" (a.event_id) "/funding" } { (event) } }
                        td.num { (money(tr, &k.currency, a.amount_minor)) } td.num { (usd(tr, a.usd_minor)) }
                    } } }
                }))
            }
            h2 { (tr.t("don-edit-contribution")) }
            p.hint { (tr.t("don-edit-contribution-hint")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action=(url) {
                    (c::csrf_field(&page.csrf))
                    (contribution_fields(tr, errors, form))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
            h2 { (tr.t("don-delete-contribution")) }
            @if k.allocated_minor == 0 {
                form method="post" action={ (url) "/delete" } {
                    (c::csrf_field(&page.csrf))
                    button.danger type="submit" { (tr.t("don-delete-contribution")) }
                }
            } @else {
                p { (tr.t("don-delete-contribution-allocated")) }
            }
        },
    )
}
