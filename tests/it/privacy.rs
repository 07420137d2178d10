//! Retention and erasure of personal data: the daily job erases the events past their retention
//! period and every figure reads the same after; it runs once per tick across instances; the
//! admin's preview counts what it will erase, runs it early for one event and erases one person
//! on request with a reason; the audit entries hold counts, never the data; bad inputs are
//! refused; issued lists are kept unless configured otherwise; the event's own period.

use convene::domain::Role;
use convene::entities::{
    audit_entry, delegation, event, invitation, job_run, outbox_message, participant_list, person, registration,
};
use convene::jobs::{JobName, runs};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, invite, location};

mod meeting_contacts;
mod world;

use world::{ERASED_PEOPLE, figures, person_of, rows_of, utc, world, world_with};

#[tokio::test]
async fn the_job_erases_an_event_past_its_period_and_every_figure_reads_the_same() {
    let w = world().await;
    let before = figures(&w).await;
    let rows = rows_of(&w).await;
    for needle in ERASED_PEOPLE.iter().chain(&["Amina", "Diallo", "Step-free access"]) {
        assert!(rows.contains(needle), "the fixture holds {needle}");
    }

    let run = runs::run_due(&w.app.state, JobName::PrivacyErasure).await.unwrap().expect("the tick is claimed");
    assert_eq!((run.outcome.as_str(), run.items), ("succeeded", Some(1)), "one event erased: {run:?}");
    assert_eq!(run.scheduled_for, utc(2026, 11, 27, 2) + chrono::Duration::minutes(45));

    assert_eq!(figures(&w).await, before, "the reports and the kept counts read the same");
    let rows = rows_of(&w).await;
    for needle in ERASED_PEOPLE.iter().chain(&["Diallo", "Step-free access", "Mensah"]) {
        assert!(!rows.contains(needle), "{needle} remains in the event's rows");
    }
    assert!(rows.contains("(erased)"));
    let kept_invitation =
        invitation::Entity::find().filter(invitation::Column::EventId.eq(w.kept)).one(&w.app.state.db.read);
    let kept_invitation = kept_invitation.await.unwrap().unwrap().id;
    let to_amina = outbox_message::Entity::find().filter(outbox_message::Column::ToAddress.eq("amina@example.org"));
    for mail in to_amina.all(&w.app.state.db.read).await.unwrap() {
        assert_eq!(mail.invitation_id, Some(kept_invitation), "only the kept workshop's mail keeps her address");
    }
    // Amina is invited to the workshop still kept: her record stays, her registration here goes.
    let amina = person_of(&w.app, "amina@example.org").await;
    assert_eq!((amina.given_name.as_str(), amina.family_name.as_str()), ("Given", "Family amina@example.org"));
    let erased =
        person::Entity::find().filter(person::Column::Email.like("erased-%@invalid")).count(&w.app.state.db.read);
    assert_eq!(erased.await.unwrap(), 4, "Kofi, Binta, the focal point and the nominee");
    // What counts stays: gender, State, organisation type, role, attendance.
    let kofi = registration::Entity::find()
        .filter(registration::Column::EventId.eq(w.past))
        .filter(registration::Column::Role.eq("delegate"))
        .all(&w.app.state.db.read)
        .await
        .unwrap();
    assert!(kofi.iter().all(|r| r.country_iso3.is_some() && r.organisation_type.is_some() && r.phone.is_none()));
    // The issued list is an official record: kept, names included.
    let list =
        participant_list::Entity::find().filter(participant_list::Column::EventId.eq(w.past)).one(&w.app.state.db.read);
    assert!(list.await.unwrap().unwrap().snapshot.contains("Kofi"));
    // The note verbale is gone, and the page says why.
    let d = delegation::Entity::find().filter(delegation::Column::EventId.eq(w.past)).one(&w.app.state.db.read);
    let d = d.await.unwrap().unwrap();
    let (status, page) = w.org.get(&format!("/organiser/events/{}/delegations/{}/note-verbale", w.past, d.id)).await;
    assert_eq!(status, 410);
    assert!(page.contains("erased with the rest of the event's personal data"), "{page}");
    assert_eq!(d.note_verbale_ref.as_deref(), Some("NV/BWA/2024/17"), "the reference of the State's note stays");
    // The links of the erased registrations no longer open anything.
    assert!(matches!(w.app.get(&w.app.new_browser(), &w.amina_manage).await.0, 404 | 410));

    // One audit entry, with counts only.
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("privacy.erase_event"))
        .all(&w.app.state.db.read)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!((entries[0].actor.as_str(), entries[0].entity_id.clone()), ("job privacy_erasure", w.past.to_string()));
    let after: Value = serde_json::from_str(entries[0].after.as_deref().unwrap()).unwrap();
    assert_eq!(after["counts"]["registrations"], 3);
    assert_eq!(after["counts"]["people"], 4);
    assert_eq!(after["counts"]["files"], 1);
    for needle in ERASED_PEOPLE.iter().chain(&["Amina", "Diallo"]) {
        assert!(!entries[0].after.as_deref().unwrap().contains(needle));
    }

    // The next day's run finds nothing left.
    w.app.clock.set(utc(2026, 11, 28, 3));
    let again = runs::run_due(&w.app.state, JobName::PrivacyErasure).await.unwrap().unwrap();
    assert_eq!(again.items, Some(0));
    w.app.sign_in(&w.org.browser, &w.org.email).await;
    assert_eq!(figures(&w).await, before);
}

#[tokio::test]
async fn two_instances_woken_for_the_same_tick_erase_once() {
    let w = world().await;
    let two = TestApp::spawn_on(&w.app).await;
    let (a, b) = tokio::join!(
        runs::run_due(&w.app.state, JobName::PrivacyErasure),
        runs::run_due(&two.state, JobName::PrivacyErasure)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(a.is_some() != b.is_some(), "exactly one instance runs the tick");
    let runs = job_run::Entity::find().filter(job_run::Column::Job.eq("privacy_erasure")).count(&w.app.state.db.read);
    assert_eq!(runs.await.unwrap(), 1);
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("privacy.erase_event"))
        .count(&w.app.state.db.read);
    assert_eq!(entries.await.unwrap(), 1);
    // The same tick again: already claimed.
    assert!(runs::run_due(&two.state, JobName::PrivacyErasure).await.unwrap().is_none());
}

/// The cells of the row of event `id` on the admin's preview.
fn preview_row(html: &str, id: i32) -> Vec<String> {
    let at = html.find(&format!("<tr data-event=\"{id}\">")).unwrap_or_else(|| panic!("no row of event {id}: {html}"));
    let row = &html[at..at + html[at..].find("</tr>").unwrap()];
    row.split("<td class=\"num\">").skip(1).map(|c| c[..c.find('<').unwrap()].to_owned()).collect()
}

#[tokio::test]
async fn the_admin_sees_what_the_next_run_erases_and_runs_it_early_for_one_event() {
    let w = world().await;
    let (status, html) = w.admin.get("/admin/privacy").await;
    assert_eq!(status, 200);
    assert!(html.contains("href=\"/admin/privacy\" aria-current=\"page\""), "in the admin navigation");
    assert!(html.contains("kept for 24 months after its last day"), "{html}");
    // Registrations, invitations, people (Amina stays with the kept workshop), files.
    assert_eq!(preview_row(&html, w.past), ["3", "5", "4", "1"]);
    assert!(!html.contains(&format!("<tr data-event=\"{}\">", w.kept)), "the kept workshop is not listed");
    let before = figures(&w).await;

    let page = format!("/admin/privacy/events/{}", w.past);
    let (status, confirm) = w.admin.get(&page).await;
    assert_eq!(status, 200);
    assert!(confirm.contains("name=\"csrf\"") && confirm.contains("name=\"confirm\""));
    // Not ticked: refused, nothing erased.
    let r = w.admin.post_form(&format!("{page}/erase"), &[]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Tick the box to confirm"));
    assert_eq!(preview_row(&w.admin.get("/admin/privacy").await.1, w.past), ["3", "5", "4", "1"]);

    let r = w.admin.post_form(&format!("{page}/erase"), &[("confirm", "on")]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), format!("/admin/privacy?erased={}", w.past));
    let (_, html) = w.admin.get(&location(&r)).await;
    assert!(html.contains("Personal data erased: 3 registrations, 5 invitations, 4 people, 1 file."), "{html}");
    assert!(html.contains("No event past its retention period holds personal data."));
    assert_eq!(figures(&w).await, before);
    let entry = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("privacy.erase_event"))
        .one(&w.app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((entry.actor_user_id, entry.actor.as_str()), (Some(w.admin.id), "admin@example.org"));
    let after: Value = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(after["trigger"], "early");
    assert_eq!(after["counts"]["invitations"], 5);
    // Nothing left: a second run is refused with the reason.
    let r = w.admin.post_form(&format!("{page}/erase"), &[("confirm", "on")]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("no personal data left to erase"));
}

#[tokio::test]
async fn bad_requests_to_erase_are_refused_and_change_nothing() {
    let w = world().await;
    // Unknown event.
    assert_eq!(w.admin.get("/admin/privacy/events/999999").await.0, 404);
    assert_eq!(w.admin.post_form("/admin/privacy/events/999999/erase", &[("confirm", "on")]).await.status(), 404);
    assert_eq!(w.admin.get("/admin/privacy/events/nonsense").await.0, 404);
    // Not due yet: the workshop of December 2026 keeps its data until December 2028.
    let r = w.admin.post_form(&format!("/admin/privacy/events/{}/erase", w.kept), &[("confirm", "on")]).await;
    assert_eq!(r.status(), 409);
    let body = r.text().await.unwrap();
    assert!(body.contains("kept until 2028-12-10: it cannot be erased before its retention period is over"), "{body}");
    // Erasure on request without a reason, or without the tick.
    let person = format!("/admin/privacy/people/{}/erase", w.amina);
    let r = w.admin.post_form(&person, &[("reason", "  "), ("confirm", "on")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#reason\""));
    assert_eq!(w.admin.post_form(&person, &[("reason", "Request ref. DP-7")]).await.status(), 422);
    assert_eq!(w.admin.get("/admin/privacy/people/999999").await.0, 404);
    let (status, html) = w.admin.get("/admin/privacy?email=not-an-address").await;
    assert_eq!(status, 422);
    assert!(html.contains("href=\"#email\""));
    let (status, html) = w.admin.get("/admin/privacy?email=nobody@example.org").await;
    assert_eq!(status, 200);
    assert!(html.contains("Nobody has this email address."));
    // Not an admin: 403 on every page and action; without the CSRF token: 403.
    for path in [
        "/admin/privacy".to_owned(),
        format!("/admin/privacy/events/{}", w.past),
        format!("/admin/privacy/people/{}", w.amina),
    ] {
        assert_eq!(w.org.get(&path).await.0, 403, "{path}");
    }
    assert_eq!(
        w.org.post_form(&format!("/admin/privacy/events/{}/erase", w.past), &[("confirm", "on")]).await.status(),
        403
    );
    assert_eq!(w.org.post_form(&person, &[("reason", "x"), ("confirm", "on")]).await.status(), 403);
    let no_csrf =
        w.admin.browser.post(w.app.url(&person)).form(&[("reason", "x"), ("confirm", "on")]).send().await.unwrap();
    assert_eq!(no_csrf.status(), 403);
    // Nothing was erased.
    assert_eq!(
        audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.starts_with("privacy."))
            .count(&w.app.state.db.read)
            .await
            .unwrap(),
        0
    );
    assert_eq!(person_of(&w.app, "amina@example.org").await.given_name, "Given");
}

#[tokio::test]
async fn an_admin_erases_one_person_across_events_with_a_reason() {
    let w = world().await;
    let before = figures(&w).await;
    // From the person's registration, the admin (only) has a link to the erasure.
    let reg = registration::Entity::find()
        .filter(registration::Column::PersonId.eq(w.amina))
        .one(&w.app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let detail = format!("/organiser/events/{}/registrations/{}", w.past, reg.id);
    let link = format!("href=\"/admin/privacy/people/{}\"", w.amina);
    assert!(w.admin.get(&detail).await.1.contains(&link));
    assert!(!w.org.get(&detail).await.1.contains(&link));
    // Or found by address.
    let r = w.admin.browser.get(w.app.url("/admin/privacy?email=Amina%40example.org")).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (303, format!("/admin/privacy/people/{}", w.amina)));
    let (_, page) = w.admin.get(&format!("/admin/privacy/people/{}", w.amina)).await;
    assert!(page.contains("Workshop kept") && page.contains("textarea id=\"reason\""), "{page}");

    let reason = "Request received on 20 November 2026, ref. DP-2026-7";
    let r = w
        .admin
        .post_form(&format!("/admin/privacy/people/{}/erase", w.amina), &[("reason", reason), ("confirm", "on")])
        .await;
    assert_eq!(r.status(), 303);
    let (_, page) = w.admin.get(&location(&r)).await;
    assert!(page.contains(&format!("Personal data of person no. {}", w.amina)), "{page}");
    assert!(
        page.contains("Personal data erased across all events: 1 registration, 2 invitations, 1 person, 0 files."),
        "{page}"
    );

    let amina = person::Entity::find_by_id(w.amina).one(&w.app.state.db.read).await.unwrap().unwrap();
    assert_eq!(amina.email, format!("erased-{}@invalid", w.amina));
    assert_eq!((amina.given_name.as_str(), amina.country_iso3.as_deref()), ("(erased)", None));
    let invitations = invitation::Entity::find()
        .filter(invitation::Column::PersonId.eq(w.amina))
        .all(&w.app.state.db.read)
        .await
        .unwrap();
    assert!(invitations.iter().all(|i| i.token_hash.starts_with("erased-")), "both invitations' links go");
    let reg = registration::Entity::find_by_id(reg.id).one(&w.app.state.db.read).await.unwrap().unwrap();
    assert_eq!(
        (reg.given_name.as_str(), reg.phone.as_deref(), reg.country_iso3.as_deref()),
        ("(erased)", None, Some("SEN"))
    );
    assert_eq!(figures(&w).await, before, "the figures read the same");

    let entry = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("privacy.erase_person"))
        .one(&w.app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (entry.entity.as_str(), entry.entity_id.clone(), entry.actor_user_id),
        ("person", w.amina.to_string(), Some(w.admin.id))
    );
    let after = entry.after.unwrap();
    assert!(after.contains(reason) && after.contains("\"registrations\":1"), "{after}");
    for needle in ["Amina", "Diallo", "amina@example.org", "Given", "+228"] {
        assert!(!after.contains(needle), "{needle} in the audit entry");
    }
    // Erased already: refused.
    let again = w
        .admin
        .post_form(&format!("/admin/privacy/people/{}/erase", w.amina), &[("reason", reason), ("confirm", "on")])
        .await;
    assert_eq!(again.status(), 409);
}

#[tokio::test]
async fn issued_lists_go_too_when_the_office_does_not_keep_them() {
    let w = world_with(|s| s.privacy.keep_issued_lists = false).await;
    let lists = participant_list::Entity::find().filter(participant_list::Column::EventId.eq(w.past));
    assert_eq!(lists.clone().count(&w.app.state.db.read).await.unwrap(), 1);
    let (_, notice) = w.app.get(&w.app.new_browser(), "/privacy").await;
    assert!(notice.contains("Issued lists of participants are erased with the rest"), "{notice}");
    let (_, html) = w.admin.get("/admin/privacy").await;
    assert_eq!(preview_row(&html, w.past), ["3", "5", "4", "1"]);
    runs::run_now(&w.app.state, JobName::PrivacyErasure).await.unwrap();
    assert_eq!(lists.count(&w.app.state.db.read).await.unwrap(), 0, "the issued list went with the rest");
}

#[tokio::test]
async fn the_privacy_page_states_the_period_and_the_kept_records() {
    let app = TestApp::spawn_with(|s| s.privacy.retention_months = 36).await;
    let (status, html) = app.get(&app.new_browser(), "/privacy").await;
    assert_eq!(status, 200);
    assert!(html.contains("kept for 36 months after its last day"), "{html}");
    assert!(html.contains("official records of the meeting and are kept"), "{html}");
    assert!(html.contains("<a href=\"/privacy\">"), "linked from every page's footer");
}

#[tokio::test]
async fn an_event_sets_its_own_period_on_its_form() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let admin = app.admin().await;
    // Ended in June 2026: kept by the default 24 months, due with a period of 3.
    let id = app.event(&org.browser).dates("2026-06-10", "2026-06-12").published().create().await;
    invite(&app, id, "late@example.org", None).await;
    assert!(!admin.get("/admin/privacy").await.1.contains(&format!("<tr data-event=\"{id}\">")));
    let (_, form) = org.get(&format!("/organiser/events/{id}/edit")).await;
    assert!(form.contains("id=\"retention_months\""), "{form}");

    let edit = |months: &str| app.event(&org.browser).dates("2026-06-10", "2026-06-12").set("retention_months", months);
    let r = edit("0").update(id).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("whole number of months from 1 to 1,200"));
    assert_eq!(edit("3").update(id).await.status(), 303);
    let e = event::Entity::find_by_id(id).one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(e.retention_months, Some(3));
    assert!(org.get(&format!("/organiser/events/{id}/edit")).await.1.contains("value=\"3\""));
    let (_, html) = admin.get("/admin/privacy").await;
    assert_eq!(preview_row(&html, id), ["0", "1", "1", "0"]);
    // The API reads and writes it too.
    let (_, body) = org.api.get(&format!("/api/v1/events/{id}")).await;
    assert_eq!(body["retention_months"], 3);
}

#[tokio::test]
async fn only_admins_see_the_page_in_their_navigation() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("a@example.org", Role::Admin, &[]).await;
    assert!(app.get(&admin, "/admin/jobs").await.1.contains("href=\"/admin/privacy\""));
    let org = app.organiser().await;
    assert!(!org.get("/organiser/events").await.1.contains("href=\"/admin/privacy\""));
    assert_eq!(app.get(&app.new_browser(), "/admin/privacy").await.0 / 100, 3, "anonymous: to the sign-in");
}

#[tokio::test]
async fn the_api_shows_the_next_erasure_and_erases_as_the_pages_do() {
    let w = world().await;
    let admin = w.app.api_of(w.admin.id).await;
    let (status, plan) = admin.get("/api/v1/admin/privacy").await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!((plan["retention_months"].clone(), plan["scheduled"].clone()), (json!(24), json!(false)));
    assert_eq!(plan["events"][0]["id"], w.past);
    assert_eq!(plan["events"][0]["kept_until"], "2026-06-12");
    assert_eq!(plan["events"][0]["counts"]["registrations"], 3);
    assert_eq!(plan["events"].as_array().unwrap().len(), 1);
    // Organisers may not; an unknown event, one still kept, an empty reason are refused.
    assert_eq!(w.org.api.get("/api/v1/admin/privacy").await.0, 403);
    let event = |id: i32| format!("/api/v1/admin/privacy/events/{id}/erase");
    assert_eq!(w.org.api.post(&event(w.past), json!({})).await.0, 403);
    assert_eq!(admin.post(&event(999_999), json!({})).await.0, 404);
    let (status, body) = admin.post(&event(w.kept), json!({})).await;
    assert_eq!(status, 409, "{body}");
    let person = format!("/api/v1/admin/privacy/people/{}/erase", w.amina);
    let (status, body) = admin.post(&person, json!({"reason": " "})).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (422, Some("reason")), "{body}");

    let (status, erased) = admin.post(&event(w.past), json!({})).await;
    assert_eq!(status, 200, "{erased}");
    assert_eq!(erased["counts"]["people"], 4);
    let (status, erased) = admin.post(&person, json!({"reason": "Request ref. DP-2026-9"})).await;
    assert_eq!(status, 200, "{erased}");
    assert_eq!(erased["counts"]["invitations"], 1, "the kept workshop's invitation (the past one went with it)");
    assert_eq!(admin.post(&person, json!({"reason": "again"})).await.0, 409);
    let (_, doc) = admin.get("/api/v1/openapi.json").await;
    for path in
        ["/api/v1/admin/privacy", "/api/v1/admin/privacy/events/{id}/erase", "/api/v1/admin/privacy/people/{id}/erase"]
    {
        assert!(doc["paths"][path].is_object(), "{path} missing from the OpenAPI document");
    }
}
