//! Donors and extrabudgetary funding: records checked against a hand-built ledger, bad input,
//! corrections of the records (and their refusals, also racing with allocations),
//! over-allocation under concurrency, the donor's one-time sign-in, authorisation of every
//! donor route and export, no personal data anywhere in the donor's output, small-cell
//! suppression against the subtraction attack, the quarterly email and the consolidated view.

use std::io::Cursor;

use calamine::{Reader, Xlsx, open_workbook_from_rs};
use chrono::{Duration, NaiveDate};
use convene::domain::{Role, ScanDirection, ScanMethod};
use convene::entities::{
    attendance_scan, audit_entry, certificate, contribution, donor_session, donor_sign_in_token, event, event_figure,
    person, registration,
};
use reqwest::Method;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::helpers::{TestApp, extract_csrf, location};
use crate::smtp::SmtpServer;
use crate::support::api::{Api, field, merged};
use crate::support::factories::donors::contribution;
use crate::support::factories::staff::Staff;
use crate::support::{at_once, pdf};

/// An app with an admin and an organiser of 1540, each signed in with an API token.
struct Office {
    app: TestApp,
    admin: Staff,
    organiser: Staff,
    /// The organiser's API client, the one most calls use.
    api: Api,
}

impl Office {
    async fn new(app: TestApp) -> Self {
        let admin = app.staff("admin@office.example", Role::Admin, &[]).await;
        let organiser = app.staff("org@office.example", Role::Organiser, &["1540"]).await;
        let api = organiser.api.clone();
        Self { app, admin, organiser, api }
    }

    /// An event of 1540 from `start` to `end` (dates moved in the database after creation).
    async fn event(&self, title: &str, start: &str, end: &str) -> i32 {
        self.event_in(title, "Lomé", start, end).await
    }

    /// The same in `city`.
    async fn event_in(&self, title: &str, city: &str, start: &str, end: &str) -> i32 {
        let id = self.app.event(&self.organiser.browser).title(title).set("city", city).create().await;
        event::Entity::update_many()
            .col_expr(event::Column::StartDate, Expr::value(NaiveDate::parse_from_str(start, "%Y-%m-%d").unwrap()))
            .col_expr(event::Column::EndDate, Expr::value(NaiveDate::parse_from_str(end, "%Y-%m-%d").unwrap()))
            .col_expr(event::Column::Status, Expr::value("published"))
            .filter(event::Column::Id.eq(id))
            .exec(&self.app.state.db.write)
            .await
            .unwrap();
        id
    }

    /// `n` confirmed participants of `event`, added through the API with a secret name,
    /// organisation, address and phone number each; returns their registration ids.
    async fn seat(&self, event: i32, n: usize, gender: &str, country: &str, org: &str) -> Vec<i32> {
        let mut ids = Vec::new();
        for _ in 0..n {
            let k = person::Entity::find().count(&self.app.state.db.read).await.unwrap() + 1;
            let body = json!({"email": format!("zqx{k}@hidden-people.example"), "given_name": format!("Zqxgiven{k}"),
                "family_name": format!("Zqxfamily{k}"), "gender": gender, "country": country,
                "organisation": format!("Zqxorg{k}"), "organisation_type": org, "phone": format!("+41 22 555 {k:04}")});
            let (s, v) = self.api.post(&format!("/api/v1/events/{event}/registrations"), body).await;
            assert_eq!((s, v["state"].as_str()), (201, Some("confirmed")), "{v}");
            ids.push(i32::try_from(v["id"].as_i64().unwrap()).unwrap());
        }
        ids
    }

    /// Entry scans for `ids` (and certificates for the first `certified`).
    async fn attend(&self, event: i32, ids: &[i32], certified: usize) {
        let now = self.app.clock.now();
        let db = &self.app.state.db.write;
        for (i, id) in ids.iter().enumerate() {
            convene::attendance::rules::record_scan(
                db,
                attendance_scan::ActiveModel {
                    registration_id: Set(*id),
                    event_id: Set(event),
                    day: Set(now.date_naive()),
                    session_id: Set(None),
                    direction: Set(ScanDirection::Entry),
                    undoes: Set(None),
                    scanned_at: Set(now),
                    recorded_at: Set(now),
                    device: Set(None),
                    staff_user_id: Set(None),
                    method: Set(ScanMethod::Qr),
                    idempotency_key: Set(format!("scan-{id}")),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
            if i < certified {
                certificate::ActiveModel {
                    event_id: Set(event),
                    registration_id: Set(*id),
                    verification_code: Set(format!("CODE{id}")),
                    days_attended: Set(3),
                    days_total: Set(3),
                    issued_at: Set(now),
                    emailed_at: Set(None),
                    revoked_at: Set(None),
                    ..Default::default()
                }
                .insert(db)
                .await
                .unwrap();
            }
        }
    }
}

/// The hand-built ledger's data set: Norway (NOK, received, earmarked to 1540), the EU (EUR,
/// pledged), the USA (USD, unearmarked); three events; partial allocations; budgets with an
/// overspend.
struct Ledger {
    o: Office,
    norway: i64,
    eu: i64,
    ev1: i32,
    ev2: i32,
    ev3: i32,
}

async fn ledger(app: TestApp) -> Ledger {
    let o = Office::new(app).await;
    let norway = o.api.donor("Norway", "government", "NOR").await;
    let eu = o.api.donor("European Union", "intergovernmental", "").await;
    let usa = o.api.donor("United States of America", "government", "USA").await;
    // NOK 1,000,000.00 at 0.095 = USD 95,000.00; EUR 200,000.00 at 1.25 = USD 250,000.00.
    let n1 =
        o.api.contribution(norway, contribution("NOK", "1000000.00").rate("0.095").earmark("programme", "1540")).await;
    let e1 = o.api.contribution(eu, contribution("EUR", "200000").rate("1.25").pledged_only()).await;
    let u1 = o.api.contribution(usa, contribution("USD", "50000")).await;
    let ev1 = o.event("Workshop one", "2025-05-10", "2025-05-12").await;
    let ev2 = o.event("Workshop two", "2026-03-10", "2026-03-12").await;
    let ev3 = o.event("Workshop three", "2026-12-08", "2026-12-10").await;
    // Norway: NOK 400,000 (USD 38,000) to ev1 and NOK 100,000 (USD 9,500) to ev2; the EU:
    // EUR 30,400 (USD 38,000) to ev1; the USA: USD 20,000 to ev3.
    assert_eq!(o.api.allocate(ev1, n1, "400000").await.0, 201);
    assert_eq!(o.api.allocate(ev2, n1, "100,000.00").await.0, 201);
    assert_eq!(o.api.allocate(ev1, e1, "30400").await.0, 201);
    assert_eq!(o.api.allocate(ev3, u1, "20000").await.0, 201);
    // ev1 spends USD 94,000 (more than planned); ev2 spends USD 10,000 on interpretation.
    o.api.budget(ev1, "travel", "60000", "70000").await;
    o.api.budget(ev1, "venue", "20000", "24000").await;
    o.api.budget(ev2, "interpretation", "10000", "10000").await;
    Ledger { o, norway, eu, ev1, ev2, ev3 }
}

#[tokio::test]
async fn funding_sums_match_a_hand_built_ledger() {
    let l = ledger(TestApp::spawn().await).await;
    let o = &l.o;
    let (s, r) = o.admin.api.get(&format!("/api/v1/donors/{}/report", l.norway)).await;
    assert_eq!(s, 200, "{r}");
    // Contributions: pledged and received USD 95,000; allocated 38,000 + 9,500.
    assert_eq!(r["pledged_usd_minor"], 9_500_000);
    assert_eq!(r["received_usd_minor"], 9_500_000);
    assert_eq!(r["allocated_usd_minor"], 4_750_000);
    assert_eq!(r["unallocated_usd_minor"], 4_750_000);
    let c = &r["contributions"][0];
    assert_eq!(c["currency"], "NOK");
    assert_eq!(c["amount_minor"], 100_000_000);
    assert_eq!(c["allocated_minor"], 50_000_000);
    assert_eq!(c["balance_minor"], 50_000_000);
    // Activities: ev1 and ev2 only (the USA's ev3 is not Norway's).
    let ids: Vec<i64> = r["activities"].as_array().unwrap().iter().map(|a| a["event_id"].as_i64().unwrap()).collect();
    assert_eq!(ids, vec![i64::from(l.ev1), i64::from(l.ev2)]);
    assert_eq!(r["activities"][0]["stage"], "past");
    // Spending shared in proportion to allocations: ev1 is half Norway's (38,000 of 76,000),
    // ev2 all Norway's.
    let cat = |name: &str| r["categories"].as_array().unwrap().iter().find(|c| c["category"] == name).unwrap().clone();
    assert_eq!(cat("travel")["planned_usd_minor"], 3_000_000);
    assert_eq!(cat("travel")["spent_usd_minor"], 3_500_000);
    assert_eq!(cat("venue")["spent_usd_minor"], 1_200_000);
    assert_eq!(cat("interpretation")["spent_usd_minor"], 1_000_000);
    assert_eq!(r["selection_allocated_usd_minor"], 4_750_000);
    assert_eq!(r["selection_spent_usd_minor"], 5_700_000);
    assert_eq!(r["by_year"][0]["key"], "2025");
    assert_eq!(r["by_year"][0]["allocated_usd_minor"], 3_800_000);
    assert_eq!(r["by_year"][0]["spent_usd_minor"], 4_700_000);
    assert_eq!(r["by_year"][1]["spent_usd_minor"], 1_000_000);

    // The overspend is said as such on the admin's page of the report.
    let (s, page) = o.admin.get(&format!("/admin/donors/{}", l.norway)).await;
    assert_eq!(s, 200);
    assert!(page.contains("Spending is above the allocation by 9,500.00 USD"), "{page}");

    // The EU: pledged only, USD 250,000; allocated 38,000.
    let (_, r) = o.admin.api.get(&format!("/api/v1/donors/{}/report", l.eu)).await;
    assert_eq!(r["pledged_usd_minor"], 25_000_000);
    assert_eq!(r["received_usd_minor"], 0);
    assert_eq!(r["allocated_usd_minor"], 3_800_000);

    // Each event shows its funding; an event without allocations is on the regular budget.
    let (_, f) = o.api.get(&format!("/api/v1/events/{}/funding", l.ev1)).await;
    assert_eq!(f["funding"], "extrabudgetary");
    assert_eq!(f["sources"].as_array().unwrap().len(), 2);
    let plain = o.event("Unfunded", "2026-06-01", "2026-06-02").await;
    let (_, f) = o.api.get(&format!("/api/v1/events/{plain}/funding")).await;
    assert_eq!(f["funding"], "regular_budget");
    let (s, page) = o.organiser.get(&format!("/organiser/events/{}/funding", l.ev1)).await;
    assert_eq!(s, 200);
    assert!(page.contains("Norway") && page.contains("European Union"));

    // The consolidated view: received 95,000 (earmarked 1540) + 50,000 unearmarked; all three
    // events funded by three donors.
    let (s, c) = o.admin.api.get("/api/v1/admin/funding").await;
    assert_eq!(s, 200, "{c}");
    assert_eq!(c["total"]["received_usd_minor"], 14_500_000);
    assert_eq!(c["unearmarked_usd_minor"], 5_000_000);
    assert_eq!(c["total"]["allocated_usd_minor"], 10_550_000);
    assert_eq!(c["total"]["spent_usd_minor"], 10_400_000);
    assert_eq!(c["total"]["activities"], 3);
    assert_eq!(c["total"]["donors"], 3);
    let p1540 = c["programmes"].as_array().unwrap().iter().find(|p| p["code"] == "1540").unwrap();
    assert_eq!(p1540["received_usd_minor"], 9_500_000);
    let (s, page) = o.admin.get("/admin/funding").await;
    assert_eq!(s, 200);
    assert!(page.contains("3 activities funded") && page.contains("funded by 3 donors"), "{page}");

    // Every change is in the audit log.
    let audited = |action: &'static str| {
        audit_entry::Entity::find().filter(audit_entry::Column::Action.eq(action)).count(&o.app.state.db.read)
    };
    assert_eq!(audited("donor.create").await.unwrap(), 3);
    assert_eq!(audited("contribution.create").await.unwrap(), 3);
    assert_eq!(audited("allocation.create").await.unwrap(), 4);
    assert_eq!(audited("budget_line.set").await.unwrap(), 3);

    // Withdrawing an allocation gives its amount back to the balance, audited.
    let (_, f) = o.api.get(&format!("/api/v1/events/{}/funding", l.ev2)).await;
    let aid = f["sources"][0]["allocation_id"].as_i64().unwrap();
    let r =
        o.organiser.post_form(&format!("/organiser/events/{}/funding/allocations/{aid}/withdraw", l.ev2), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, r) = o.admin.api.get(&format!("/api/v1/donors/{}/report", l.norway)).await;
    assert_eq!(r["contributions"][0]["allocated_minor"], 40_000_000);
    assert_eq!(audited("allocation.withdraw").await.unwrap(), 1);
    let _ = l.ev3;
}

#[tokio::test]
async fn bad_funding_input_is_refused_naming_the_field_and_changes_nothing() {
    let o = Office::new(TestApp::spawn().await).await;
    let donor = o.api.donor("Andorra", "government", "AND").await;
    let contributions = format!("/api/v1/donors/{donor}/contributions");
    let good = json!({"currency": "EUR", "amount": "1000", "usd_rate": "1.1", "pledged_on": "2026-01-10",
        "received_on": "", "trust_fund": "TF", "earmark": "unearmarked", "earmark_ref": "", "conditions": "",
        "period_start": "2026-01-01", "period_end": "2026-12-31"});
    let bad = |changes: Value| merged(&good, changes);
    let donors = "/api/v1/donors".to_owned();
    let c = contributions;
    refused(
        &o.api,
        Method::POST,
        vec![
            ("unknown currency", c.clone(), bad(json!({"currency": "XYZ"})), 422, "currency", ""),
            ("negative amount", c.clone(), bad(json!({"amount": "-500"})), 422, "amount", ""),
            ("zero amount", c.clone(), bad(json!({"amount": "0"})), 422, "amount", ""),
            ("amount in thousandths", c.clone(), bad(json!({"amount": "12.345"})), 422, "amount", ""),
            ("rate not a number", c.clone(), bad(json!({"usd_rate": "abc"})), 422, "usd_rate", ""),
            (
                "period ending before it starts",
                c.clone(),
                bad(json!({"period_end": "2025-12-31"})),
                422,
                "period_end",
                "",
            ),
            ("received before pledged", c.clone(), bad(json!({"received_on": "2025-12-01"})), 422, "received_on", ""),
            ("pledge date not ISO", c.clone(), bad(json!({"pledged_on": "10/01/2026"})), 422, "pledged_on", ""),
            ("earmarked to no programme", c.clone(), bad(json!({"earmark": "programme"})), 422, "earmark_ref", ""),
            (
                "earmarked to an unknown programme",
                c,
                bad(json!({"earmark": "programme", "earmark_ref": "NOPE"})),
                422,
                "earmark_ref",
                "",
            ),
            ("unknown donor", "/api/v1/donors/9999/contributions".to_owned(), good.clone(), 404, "", ""),
            (
                "a government without its State",
                donors.clone(),
                json!({"name": "Nowhere", "kind": "government"}),
                422,
                "country",
                "",
            ),
            (
                "an unknown State",
                donors,
                json!({"name": "X", "kind": "government", "country": "ZZZ"}),
                422,
                "country",
                "",
            ),
        ],
    )
    .await;
    assert_eq!(contribution::Entity::find().count(&o.app.state.db.read).await.unwrap(), 0);

    // Allocations: more than the balance or a contribution earmarked elsewhere clash with it
    // (409); an unknown contribution or a bad amount is a field to correct; an unknown event, 404.
    let c = o.api.contribution(donor, contribution("USD", "100")).await;
    let ev = o.event("Workshop", "2026-12-08", "2026-12-10").await;
    let series_bound = o.api.contribution(donor, contribution("USD", "100").earmark("unit", "UNLIREC")).await;
    for (case, event, from, amount, status, named) in [
        ("more than the balance", ev, c, "100.01", 409, "amount"),
        ("an unknown contribution", ev, 9999, "1", 422, "contribution_id"),
        ("a negative amount", ev, c, "-1", 422, "amount"),
        ("a contribution earmarked to a unit", ev, series_bound, "1", 409, "contribution_id"),
        ("an unknown event", 424242, c, "1", 404, ""),
    ] {
        let (s, v) = o.api.allocate(event, from, amount).await;
        assert_eq!((s, field(&v).as_str()), (status, named), "{case}: {v}");
    }
    let left = contribution_row(&o.app, c).await;
    assert_eq!(left.allocated_minor, 0);
    // A bad budget category; the form shows the message in place.
    let budget = format!("/organiser/events/{ev}/funding/budget");
    let r = o.organiser.post_form(&budget, &[("category", "catering"), ("planned", "5")]).await;
    assert_eq!(r.status(), 422);
    let page = format!("/organiser/donors/{donor}/contributions");
    let r = o.organiser.post_form(&page, &[("currency", "XYZ")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("ISO 4217"));
    // Organisers of another programme may not fund 1540's events.
    let other = o.app.create_user("salw@office.example", Role::Organiser, &["SALW"]).await;
    assert_eq!(o.app.api_of(other).await.allocate(ev, c, "1").await.0, 403);
}

#[tokio::test]
async fn concurrent_allocations_never_exceed_the_contribution() {
    let o = Office::new(TestApp::spawn().await).await;
    let donor = o.api.donor("Norway", "government", "NOR").await;
    let c = o.api.contribution(donor, contribution("USD", "100")).await;
    let ev = o.event("Workshop", "2026-12-08", "2026-12-10").await;
    let ev2 = o.event("Workshop two", "2026-12-15", "2026-12-16").await;
    let statuses = at_once((0..24).map(|i| {
        let path = format!("/api/v1/events/{}/funding/allocations", if i % 2 == 0 { ev } else { ev2 });
        let body = json!({"contribution_id": c.to_string(), "amount": "10"});
        let request = o.api.request(Method::POST, &path, Some(body));
        async move { request.send().await.unwrap().status().as_u16() }
    }))
    .await;
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 10, "{statuses:?}");
    // The balance taken: a clash with the contribution (409).
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 14, "{statuses:?}");
    let row = contribution_row(&o.app, c).await;
    assert_eq!(row.allocated_minor, 10_000);
    let sum: i64 = convene::entities::allocation::Entity::find()
        .all(&o.app.state.db.read)
        .await
        .unwrap()
        .iter()
        .map(|a| a.amount_minor)
        .sum();
    assert_eq!(sum, 10_000);
}

/// Signs a new browser in as the contact at `email` through the emailed link.
async fn donor_browser(app: &TestApp, smtp: &SmtpServer, email: &str) -> reqwest::Client {
    let browser = app.new_browser();
    let before = smtp.to(email).len();
    let r = app.post_form(&browser, "/donor/sign-in", &[("email", email)]).await;
    assert_eq!(r.status(), 303);
    let mails = smtp.wait_for_to(email, before + 1).await;
    let path = mails[before].path("/donor/link/");
    let (s, page) = app.get(&browser, &path).await;
    assert_eq!(s, 200);
    let csrf = extract_csrf(&page).unwrap();
    let r = browser.post(app.url(&path)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/donor");
    browser
}

#[tokio::test]
async fn donor_sign_in_links_work_once_and_expire() {
    let smtp = SmtpServer::start();
    let o = Office::new(TestApp::spawn_with_smtp(&smtp).await).await;
    let donor = o.api.donor("Norway", "government", "NOR").await;
    o.api.contact(donor, "contact@norway.example").await;

    // An unknown address gets the same answer and no email.
    let stranger = o.app.new_browser();
    let r = o.app.post_form(&stranger, "/donor/sign-in", &[("email", "nobody@example.org")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/donor/sign-in?sent=1".to_owned()));

    let browser = o.app.new_browser();
    let r = o.app.post_form(&browser, "/donor/sign-in", &[("email", "contact@norway.example")]).await;
    assert_eq!(r.status(), 303);
    let mail = smtp.wait_for_to("contact@norway.example", 1).await.remove(0);
    assert!(mail.subject.contains("Norway"));
    let path = mail.path("/donor/link/");
    // A GET shows a button and changes nothing; the POST signs in.
    assert_eq!(o.app.get(&browser, &path).await.0, 200);
    assert_eq!(o.app.get(&browser, &path).await.0, 200);
    let r = o.app.post_form(&browser, &path, &[]).await;
    assert_eq!(r.status(), 303);
    let (s, page) = o.app.get(&browser, "/donor").await;
    assert_eq!(s, 200);
    assert!(page.contains("Norway"));
    // Reused: refused, on GET and POST.
    let other = o.app.new_browser();
    assert_eq!(o.app.get(&other, &path).await.0, 410);
    assert_eq!(o.app.post_form(&other, &path, &[]).await.status(), 410);
    let r = other.get(o.app.url("/donor")).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/donor/sign-in".to_owned()));
    // A garbled token is refused the same way.
    assert_eq!(o.app.get(&other, "/donor/link/not-a-token").await.0, 410);

    // Expired: a link older than its 30 minutes fails.
    let r = o.app.post_form(&other, "/donor/sign-in", &[("email", "contact@norway.example")]).await;
    assert_eq!(r.status(), 303);
    let late = smtp.wait_for_to("contact@norway.example", 2).await.remove(1).path("/donor/link/");
    o.app.clock.set(o.app.clock.now() + Duration::minutes(31));
    assert_eq!(o.app.get(&other, &late).await.0, 410);
    assert_eq!(o.app.post_form(&other, &late, &[]).await.status(), 410);
    // The session is short-lived: an hour after sign-in it is over.
    o.app.clock.set(o.app.clock.now() + Duration::minutes(30));
    let r = browser.get(o.app.url("/donor")).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/donor/sign-in".to_owned()));
    assert_eq!(o.app.get(&browser, "/donor/report.csv").await.0, 303);
}

#[tokio::test]
async fn a_donor_contact_reaches_its_own_donor_only_and_no_staff_route() {
    let smtp = SmtpServer::start();
    let l = ledger(TestApp::spawn_with_smtp(&smtp).await).await;
    let o = &l.o;
    o.api.contact(l.norway, "contact@norway.example").await;
    let eu_contact = o.api.contact(l.eu, "contact@eu.example").await;
    let norway = donor_browser(&o.app, &smtp, "contact@norway.example").await;

    let (s, page) = o.app.get(&norway, "/donor").await;
    assert_eq!(s, 200);
    assert!(page.contains("Norway") && !page.contains("European Union") && !page.contains("Workshop three"));
    for file in ["report.pdf", "report.csv", "report.xlsx"] {
        assert_eq!(o.app.get(&norway, &format!("/donor/{file}")).await.0, 200, "{file}");
    }
    assert_eq!(o.app.get(&norway, "/donor/report.exe").await.0, 404);
    let r = norway.get(o.app.url("/api/v1/donor/report")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let mine: Value = r.json().await.unwrap();
    assert_eq!(mine["donor_id"].as_i64(), Some(l.norway));
    // Another donor's figures through a selection it does not have: 404.
    assert_eq!(o.app.get(&norway, "/donor?view=year:2024").await.0, 404);
    assert_eq!(o.app.get(&norway, "/donor?view=programme:SALW").await.0, 404);

    // Donor B's report, and every staff route, are closed to A's contact.
    let eu = l.eu;
    let ev = l.ev1;
    for path in [
        format!("/admin/donors/{eu}"),
        format!("/admin/donors/{eu}/report.csv"),
        format!("/admin/donors/{eu}/report.pdf"),
        format!("/admin/donors/{eu}/report.xlsx"),
        "/admin/funding".to_owned(),
        "/organiser/donors".to_owned(),
        format!("/organiser/donors/{eu}"),
        format!("/organiser/events/{ev}/funding"),
        "/organiser/events".to_owned(),
        format!("/organiser/events/{ev}"),
        format!("/organiser/events/{ev}/registrations"),
        format!("/organiser/events/{ev}/participants"),
        "/admin/audit".to_owned(),
        "/admin/mailbox".to_owned(),
        "/checkin".to_owned(),
        format!("/api/v1/donors/{eu}/report"),
        format!("/api/v1/donors/{eu}"),
        "/api/v1/donors".to_owned(),
        format!("/api/v1/events/{ev}/funding"),
        "/api/v1/admin/funding".to_owned(),
    ] {
        let s = o.app.get(&norway, &path).await.0;
        assert!(matches!(s, 403 | 404), "{path}: {s}");
    }
    let eu_contribution =
        o.admin.api.get(&format!("/api/v1/donors/{eu}")).await.1["contributions"][0]["id"].as_i64().unwrap();
    let eu_c = format!("/organiser/donors/{eu}/contributions/{eu_contribution}");
    for (path, fields) in [
        (format!("/organiser/events/{ev}/funding/allocations"), vec![("contribution_id", "1"), ("amount", "1")]),
        (format!("/organiser/events/{ev}/funding/budget"), vec![("category", "venue"), ("planned", "1")]),
        ("/organiser/donors".to_owned(), vec![("name", "Mallory"), ("kind", "other")]),
        (format!("/organiser/donors/{eu}/contacts"), vec![("name", "M"), ("email", "m@example.org")]),
        (format!("/organiser/donors/{eu}"), vec![("name", "Mallory"), ("kind", "other")]),
        (format!("/organiser/donors/{eu}/contacts/{eu_contact}"), vec![("name", "M"), ("email", "m@example.org")]),
        (format!("/organiser/donors/{eu}/contacts/{eu_contact}/delete"), vec![]),
        (eu_c.clone(), vec![("currency", "EUR"), ("amount", "1")]),
        (format!("{eu_c}/delete"), vec![]),
    ] {
        let s = o.app.post_form(&norway, &path, &fields).await.status().as_u16();
        assert!(matches!(s, 403 | 404), "{path}: {s}");
    }
    // The corrections are staff routes like the others: exactly 403, on pages and API alike.
    assert_eq!(o.app.get(&norway, &eu_c).await.0, 403);
    assert_eq!(o.app.post_form(&norway, &format!("{eu_c}/delete"), &[]).await.status(), 403);
    assert_eq!(o.app.post_form(&norway, &format!("/organiser/donors/{eu}"), &[("name", "M")]).await.status(), 403);
    let api_contact = format!("/api/v1/donors/{eu}/contacts/{eu_contact}");
    let api_contribution = format!("/api/v1/donors/{eu}/contributions/{eu_contribution}");
    for (method, path) in [
        (reqwest::Method::PUT, format!("/api/v1/donors/{eu}")),
        (reqwest::Method::PUT, api_contact.clone()),
        (reqwest::Method::DELETE, api_contact),
        (reqwest::Method::PUT, api_contribution.clone()),
        (reqwest::Method::DELETE, api_contribution),
    ] {
        let r =
            norway.request(method.clone(), o.app.url(&path)).json(&json!({"name": "Mallory"})).send().await.unwrap();
        assert_eq!(r.status(), 403, "{method} {path}");
    }
    // ... and none of them changed anything.
    let (_, file) = o.admin.api.get(&format!("/api/v1/donors/{eu}")).await;
    assert_eq!(file["donor"]["name"], "European Union");
    assert_eq!(file["contacts"].as_array().unwrap().len(), 1);
    assert_eq!(file["contributions"][0]["amount_minor"], 20_000_000);
    // Organisers are staff but not admins: no per-donor report, no consolidated view.
    assert_eq!(o.organiser.get(&format!("/admin/donors/{eu}")).await.0, 403);
    assert_eq!(o.api.get(&format!("/api/v1/donors/{eu}/report")).await.0, 403);
    assert_eq!(o.organiser.get("/admin/funding").await.0, 403);
    // Without any session, the donor pages ask for sign-in.
    let anon = o.app.new_browser();
    assert_eq!(o.app.get(&anon, "/donor").await.0, 303);
    assert_eq!(o.app.get(&anon, "/donor/report.csv").await.0, 303);
    assert_eq!(anon.get(o.app.url("/api/v1/donor/report")).send().await.unwrap().status(), 401);
    // The EU's contact sees the EU's report.
    let eu_browser = donor_browser(&o.app, &smtp, "contact@eu.example").await;
    let (_, page) = o.app.get(&eu_browser, "/donor").await;
    assert!(page.contains("European Union") && !page.contains("TF-NOK"));
}

fn xlsx_text(bytes: Vec<u8>) -> String {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    range.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect::<Vec<_>>().join("\n")
}

/// Participants of the privacy data set: ev1 (2025) and ev2 (2026), with small groups.
async fn participants(l: &Ledger) {
    let o = &l.o;
    let a = o.seat(l.ev1, 12, "man", "TGO", "government").await;
    let b = o.seat(l.ev1, 8, "woman", "NOR", "government").await;
    let c = o.seat(l.ev1, 3, "woman", "BWA", "ngo").await;
    let d = o.seat(l.ev2, 10, "woman", "TGO", "government").await;
    let e = o.seat(l.ev2, 6, "man", "FRA", "intergovernmental").await;
    let f = o.seat(l.ev2, 2, "man", "NOR", "government").await;
    let all1: Vec<i32> = a.iter().chain(&b).chain(&c).copied().collect();
    o.attend(l.ev1, &all1[..21], 15).await;
    let all2: Vec<i32> = d.iter().chain(&e).chain(&f).copied().collect();
    o.attend(l.ev2, &all2, 18).await;
}

#[tokio::test]
async fn no_participant_name_or_email_appears_in_any_donor_output() {
    let smtp = SmtpServer::start();
    let l = ledger(TestApp::spawn_with_smtp(&smtp).await).await;
    participants(&l).await;
    let o = &l.o;
    o.api.contact(l.norway, "contact@norway.example").await;
    let norway = donor_browser(&o.app, &smtp, "contact@norway.example").await;
    let (_, mine) = {
        let r = norway.get(o.app.url("/api/v1/donor/report")).send().await.unwrap();
        (r.status(), r.json::<Value>().await.unwrap())
    };
    let mut outputs: Vec<(String, String)> = Vec::new();
    for view in mine["views"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()) {
        for lang in ["en", "fr"] {
            let (s, page) = o.app.get(&norway, &format!("/donor?view={view}&lang={lang}")).await;
            assert_eq!(s, 200);
            outputs.push((format!("page {view}"), page));
        }
        let bytes = |file: &str| {
            let url = o.app.url(&format!("/donor/{file}?view={view}"));
            let client = norway.clone();
            async move { client.get(url).send().await.unwrap().bytes().await.unwrap().to_vec() }
        };
        outputs.push((format!("csv {view}"), String::from_utf8(bytes("report.csv").await).unwrap()));
        outputs.push((format!("xlsx {view}"), xlsx_text(bytes("report.xlsx").await)));
        outputs.push((format!("pdf {view}"), pdf::text(&bytes("report.pdf").await)));
        let r = norway.get(o.app.url(&format!("/api/v1/donor/report?view={view}"))).send().await.unwrap();
        outputs.push((format!("json {view}"), r.text().await.unwrap()));
    }
    let quarterly = convene::donors::quarterly::send_quarterly(&o.app.state, o.app.clock.now()).await.unwrap();
    assert_eq!(quarterly, 1);
    for m in smtp.wait_for_to("contact@norway.example", 2).await {
        outputs.push(("email".into(), format!("{}\n{}\n{}", m.subject, m.text, m.html)));
    }
    // The PDF really is the report (its text is extractable and has the figures).
    assert!(outputs.iter().any(|(k, t)| k.starts_with("pdf") && t.contains("Norway") && t.contains("fewer than 5")));
    let people = person::Entity::find().all(&o.app.state.db.read).await.unwrap();
    assert_eq!(people.len(), 41);
    for (what, text) in &outputs {
        let lower = text.to_lowercase();
        // Whole markers: three letters alone turn up by chance in a page's random tokens.
        for marker in ["zqxgiven", "zqxfamily", "zqxorg"] {
            assert!(!lower.contains(marker), "{what} names a participant");
        }
        assert!(!lower.contains("hidden-people.example"), "{what} has a participant's address");
        for p in &people {
            assert!(!text.contains(&p.email) && !text.contains(&p.family_name), "{what}: {}", p.id);
        }
        assert!(!text.contains("+41 22 555"), "{what} has a phone number");
    }
}

#[tokio::test]
async fn the_report_pdf_keeps_every_label_and_value_in_its_column() {
    let l = ledger(TestApp::spawn().await).await;
    participants(&l).await;
    let o = &l.o;
    // A fourth activity with a title and a place at their limits, funded by Norway.
    let (title, city) = (pdf::long::title(), pdf::long::city());
    let ev4 = o.event_in(&title, &city, "2026-06-01", "2026-06-05").await;
    let nok = contribution::Entity::find()
        .filter(contribution::Column::DonorId.eq(l.norway as i32))
        .one(&o.app.state.db.read)
        .await
        .unwrap()
        .expect("Norway's contribution")
        .id;
    assert_eq!(o.api.allocate(ev4, i64::from(nok), "1000").await.0, 201);
    let (status, report) = o.admin.api.get(&format!("/api/v1/donors/{}/report", l.norway)).await;
    assert_eq!(status, 200, "{report}");
    let views: Vec<String> =
        report["views"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    assert!(views.len() > 2, "the whole report, each year and each programme: {views:?}");
    for view in &views {
        for lang in ["en", "fr"] {
            let path = format!("/admin/donors/{}/report.pdf?view={view}&lang={lang}", l.norway);
            let r = o.admin.browser.get(o.app.url(&path)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            let doc = pdf::Pdf::read(&r.bytes().await.unwrap());
            doc.assert_laid_out(&format!("donor report {view} {lang}"));
            if view == "all" {
                assert!(doc.text().contains("Nichtverbreitungs"), "the long title is there, wrapped");
            }
        }
    }
}

/// A line of the report: a margin and the cells that add up to it.
fn recoverable(margin: &Value, cells: &[&Value], min: u64) -> Option<String> {
    let shown = |v: &Value| (v["kind"] == "shown").then(|| v["value"].as_u64().unwrap());
    let total = shown(margin)?;
    let hidden: Vec<&&Value> = cells.iter().filter(|c| shown(c).is_none()).collect();
    let rest = total - cells.iter().filter_map(|c| shown(c)).sum::<u64>();
    match hidden.len() {
        0 => None,
        1 => Some(format!("one hidden cell is {rest}")),
        // Every "fewer than" cell is at least 1: as many of them as the rest means all are 1.
        n if hidden.iter().all(|c| c["kind"] == "fewer") && rest == n as u64 => Some("all hidden are 1".into()),
        n if hidden.iter().all(|c| c["kind"] == "fewer") && rest == n as u64 * (min - 1) => {
            Some("all hidden are min-1".into())
        }
        _ => None,
    }
}

#[tokio::test]
async fn small_cells_are_suppressed_and_the_subtraction_attack_fails() {
    let l = ledger(TestApp::spawn().await).await;
    participants(&l).await;
    let o = &l.o;
    let report = |view: &str| {
        let path = format!("/api/v1/donors/{}/report?view={view}", l.norway);
        async move { o.admin.api.get(&path).await.1 }
    };
    let all = report("all").await;
    let views: Vec<String> = all["views"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    assert_eq!(views, vec!["all", "year:2025", "year:2026", "programme:1540"]);
    let mut reports = Vec::new();
    for v in &views {
        reports.push((v.clone(), report(v).await));
    }
    let min = 5;
    for (view, r) in &reports {
        let out = &r["outcomes"];
        // Primary suppression: no shown count is between 1 and 4.
        let mut every: Vec<&Value> = vec![&out["participants"], &out["attended"], &out["women"], &out["certificates"]];
        for b in ["by_gender", "by_regional_group", "by_organisation_type", "by_state"] {
            every.extend(out[b].as_array().unwrap().iter().map(|row| &row["count"]));
        }
        for c in &every {
            if c["kind"] == "shown" {
                let v = c["value"].as_u64().unwrap();
                assert!(v == 0 || v >= min, "{view}: a count of {v} is shown");
            }
        }
        // The attack within each breakdown: total minus the shown cells.
        for b in ["by_gender", "by_regional_group", "by_organisation_type", "by_state"] {
            let cells: Vec<&Value> = out[b].as_array().unwrap().iter().map(|row| &row["count"]).collect();
            assert_eq!(recoverable(&out["participants"], &cells, min), None, "{view} {b}");
        }
        // Attended and certificates against the total (their complements are people too).
        assert!(out["attendance_rate"].is_null() || out["attended"]["kind"] == "shown");
    }
    // The data set has small cells, and they are said as such.
    let by_state = all["outcomes"]["by_state"].as_array().unwrap();
    let bwa = by_state.iter().find(|r| r["code"] == "BWA").unwrap();
    assert_eq!(bwa["count"]["kind"], "fewer");
    let page = o.admin.get(&format!("/admin/donors/{}", l.norway)).await.1;
    assert!(page.contains("fewer than 5"));
    // Norway's 2 men in 2026 make NOR a small cell in 2026 and the absentees of 2025 (2) one
    // too: withheld cells keep them from being worked out.
    let absent_2025 = &reports[1].1["outcomes"];
    assert_ne!(absent_2025["attended"]["kind"], "shown");

    // The attack across filters: the whole minus the years (and the programmes), label by label.
    let by_label = |r: &Value, b: &str| -> Vec<(String, Value)> {
        r["outcomes"][b]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| (x["code"].as_str().unwrap().to_owned(), x["count"].clone()))
            .collect()
    };
    let zero = json!({"kind": "shown", "value": 0});
    for b in ["by_gender", "by_regional_group", "by_organisation_type", "by_state"] {
        for (code, whole) in by_label(&all, b) {
            for part in [&reports[1..3], &reports[3..4]] {
                let cells: Vec<Value> = part
                    .iter()
                    .map(|(_, r)| {
                        by_label(r, b).into_iter().find(|(c, _)| *c == code).map(|x| x.1).unwrap_or(zero.clone())
                    })
                    .collect();
                let refs: Vec<&Value> = cells.iter().collect();
                assert_eq!(recoverable(&whole, &refs, min), None, "{b} {code} across filters");
            }
        }
        for key in ["participants", "women", "attended", "certificates"] {
            let cells: Vec<&Value> = reports[1..3].iter().map(|(_, r)| &r["outcomes"][key]).collect();
            assert_eq!(recoverable(&all["outcomes"][key], &cells, min), None, "{key} across years");
        }
    }
    // States add up to their regional group: WEOG's NOR and FRA cannot be worked out either.
    for (view, r) in &reports {
        for g in r["outcomes"]["by_regional_group"].as_array().unwrap() {
            let states: Vec<&Value> = r["outcomes"]["by_state"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|s| group_of(s["code"].as_str().unwrap()) == g["code"].as_str().unwrap())
                .map(|s| &s["count"])
                .collect();
            assert_eq!(recoverable(&g["count"], &states, min), None, "{view} {}", g["code"]);
        }
    }
    // A smaller minimum shows more: with 1, nothing is suppressed.
    let app = &o.app;
    let r = convene::donors::report::donor_report(
        &app.state.db,
        &app.state.reference,
        i32::try_from(l.norway).unwrap(),
        &convene::donors::report::Selection::All,
        app.clock.now(),
        1,
        convene::i18n::Lang::En,
    )
    .await
    .unwrap();
    assert_eq!(r.outcomes.participants, convene::donors::report::Count::Shown(41));
    assert_eq!(r.outcomes.states, 4);
    assert_eq!(r.outcomes.women, convene::donors::report::Count::Shown(21));
    assert_eq!(r.outcomes.attended, convene::donors::report::Count::Shown(39));
    assert_eq!(r.outcomes.certificates, convene::donors::report::Count::Shown(33));
    assert_eq!(r.outcomes.events_held, 2);
}

fn group_of(iso3: &str) -> &'static str {
    match iso3 {
        "TGO" | "BWA" => "AFRICAN",
        "NOR" | "FRA" => "WEOG",
        _ => "none",
    }
}

#[tokio::test]
async fn the_quarterly_job_emails_each_contact_once_with_a_working_link() {
    let smtp = SmtpServer::start();
    let o = Office::new(TestApp::spawn_with_smtp(&smtp).await).await;
    let donor = o.api.donor("Norway", "government", "NOR").await;
    o.api.contact(donor, "one@norway.example").await;
    o.api.contact(donor, "two@norway.example").await;
    let run = convene::jobs::runs::run_now(&o.app.state, convene::jobs::JobName::DonorReports).await.unwrap();
    assert_eq!(run.items, Some(2));
    // A rerun in the same quarter (another instance, a crash) sends nothing.
    assert_eq!(convene::donors::quarterly::send_quarterly(&o.app.state, o.app.clock.now()).await.unwrap(), 0);
    let mail = smtp.wait_for_to("one@norway.example", 1).await.remove(0);
    assert!(mail.subject.contains("quarterly donor report"), "{}", mail.subject);
    assert!(mail.text.contains("2026-Q3"));
    let path = mail.path("/donor/link/");
    let browser = o.app.new_browser();
    assert_eq!(o.app.get(&browser, &path).await.0, 200);
    assert_eq!(o.app.post_form(&browser, &path, &[]).await.status(), 303);
    assert_eq!(o.app.get(&browser, "/donor").await.0, 200);
    assert_eq!(smtp.to("two@norway.example").len(), 1);
    // The job is listed with the others.
    let (s, page) = o.admin.get("/admin/jobs").await;
    assert_eq!(s, 200);
    assert!(page.contains("Quarterly donor reports"));
}

#[tokio::test]
async fn staff_pages_and_the_openapi_document_cover_funding() {
    let l = ledger(TestApp::spawn().await).await;
    let o = &l.o;
    for path in [
        "/organiser/donors".to_owned(),
        format!("/organiser/donors/{}", l.norway),
        format!("/organiser/events/{}", l.ev1),
    ] {
        let (s, page) = o.organiser.get(&path).await;
        assert_eq!(s, 200, "{path}");
        assert!(!page.contains("don-"), "{path} has an untranslated key");
    }
    let (_, page) = o.organiser.get(&format!("/organiser/events/{}", l.ev1)).await;
    assert!(page.contains("/funding"));
    // Forms: a donor, a contact, a contribution, an allocation and a budget line.
    let r = o.organiser.post_form("/organiser/donors", &[("name", "Foundation X"), ("kind", "foundation")]).await;
    assert_eq!(r.status(), 303);
    let id: i32 = location(&r).rsplit('/').next().unwrap().parse().unwrap();
    let ev2 = l.ev2.to_string();
    let contribution_fields = [
        ("currency", "CHF"),
        ("amount", "1 000"),
        ("usd_rate", "1.1"),
        ("pledged_on", "2026-01-05"),
        ("trust_fund", "TF-X"),
        ("earmark", "event"),
        ("earmark_ref", ev2.as_str()),
        ("period_start", "2026-01-01"),
        ("period_end", "2026-12-31"),
    ];
    for (path, fields) in [
        (
            format!("/organiser/donors/{id}/contacts"),
            &[("name", "A"), ("email", "a@x.example"), ("language", "fr")][..],
        ),
        (format!("/organiser/donors/{id}/contributions"), &contribution_fields),
    ] {
        assert_eq!(o.organiser.post_form(&path, fields).await.status(), 303, "{path}");
    }
    let c = contribution::Entity::find()
        .filter(contribution::Column::DonorId.eq(id))
        .one(&o.app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((c.amount_minor, c.usd_minor), (100_000, 110_000));
    let funding = |ev: i32, what: &str| format!("/organiser/events/{ev}/funding/{what}");
    let cid = c.id.to_string();
    for (case, path, fields, status) in [
        (
            "an allocation",
            funding(l.ev2, "allocations"),
            &[("contribution_id", cid.as_str()), ("amount", "250")][..],
            303,
        ),
        ("earmarked to ev2 only", funding(l.ev1, "allocations"), &[("contribution_id", &cid), ("amount", "1")], 422),
        (
            "a budget line",
            funding(l.ev2, "budget"),
            &[("category", "materials"), ("planned", "100"), ("actual", "")],
            303,
        ),
    ] {
        assert_eq!(o.organiser.post_form(&path, fields).await.status(), status, "{case}");
    }
    let (s, page) = o.organiser.get(&format!("/organiser/events/{}/funding?lang=fr", l.ev2)).await;
    assert_eq!(s, 200);
    assert!(page.contains("Foundation X"));
    // Admin pages in French.
    let (s, page) = o.admin.get(&format!("/admin/donors/{}?view=programme:1540", l.norway)).await;
    assert_eq!(s, 200);
    assert!(page.contains("<svg"));
    assert_eq!(o.admin.get(&format!("/admin/donors/{}?view=nonsense", l.norway)).await.0, 422);
    let (_, doc) = o.admin.api.get("/api/v1/openapi.json").await;
    for path in [
        "/api/v1/donors",
        "/api/v1/donors/{id}/contributions",
        "/api/v1/events/{id}/funding/allocations",
        "/api/v1/donors/{id}/report",
        "/api/v1/donor/report",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing from OpenAPI");
    }
    for (path, method) in [
        ("/api/v1/donors/{id}", "put"),
        ("/api/v1/donors/{id}/contacts/{contact_id}", "put"),
        ("/api/v1/donors/{id}/contacts/{contact_id}", "delete"),
        ("/api/v1/donors/{id}/contributions/{contribution_id}", "put"),
        ("/api/v1/donors/{id}/contributions/{contribution_id}", "delete"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} missing from OpenAPI");
    }
    // The correction pages are translated too.
    for lang in ["en", "fr"] {
        for path in [format!("/organiser/donors/{id}"), format!("/organiser/donors/{id}/contributions/{}", c.id)] {
            let (s, page) = o.organiser.get(&format!("{path}?lang={lang}")).await;
            assert_eq!(s, 200, "{path}");
            assert!(!page.contains("don-") && !page.contains("err-"), "{path} has an untranslated key");
        }
    }
    let _ = l.ev3;
}

#[tokio::test]
async fn the_counts_of_ended_events_are_kept_and_follow_every_change() {
    use convene::donors::report::{Count, Selection, donor_report};
    let l = ledger(TestApp::spawn().await).await;
    participants(&l).await;
    let app = &l.o.app;
    let (read, write) = (&app.state.db.read, &app.state.db.write);
    let norway = i32::try_from(l.norway).unwrap();
    let outcomes = || async {
        donor_report(
            &app.state.db,
            &app.state.reference,
            norway,
            &Selection::All,
            app.clock.now(),
            1,
            convene::i18n::Lang::En,
        )
        .await
        .unwrap()
        .outcomes
    };
    let first = outcomes().await;
    assert_eq!(
        (first.participants, first.attended, first.certificates),
        (Count::Shown(41), Count::Shown(39), Count::Shown(33))
    );

    // Both ended events now keep their counts, current.
    let kept = |id: i32| async move { event_figure::Entity::find_by_id(id).one(read).await.unwrap().unwrap() };
    for id in [l.ev1, l.ev2] {
        let row = kept(id).await;
        assert_eq!(row.computed_version, Some(row.version));
        assert!(row.cells.unwrap().contains("\"total\":"));
    }
    // The report reads the kept counts: altered by hand, they show.
    let real = kept(l.ev1).await;
    event_figure::Entity::update_many()
        .col_expr(event_figure::Column::Cells, Expr::value(r#"{"total":1000}"#))
        .filter(event_figure::Column::EventId.eq(l.ev1))
        .exec(write)
        .await
        .unwrap();
    assert_eq!(outcomes().await.participants, Count::Shown(1018));

    // A change in a column that does not count leaves them current ...
    let regs = registration::Entity::find().filter(registration::Column::EventId.eq(l.ev1)).all(read).await.unwrap();
    registration::Entity::update_many()
        .col_expr(registration::Column::Phone, Expr::value("+41 22 000 0000"))
        .filter(registration::Column::Id.eq(regs[0].id))
        .exec(write)
        .await
        .unwrap();
    assert_eq!(kept(l.ev1).await.version, real.version);
    assert_eq!(outcomes().await.participants, Count::Shown(1018));
    // ... and one that counts (a participant cancelled) makes the event counted again.
    registration::Entity::update_many()
        .col_expr(registration::Column::State, Expr::value("cancelled"))
        .filter(registration::Column::Id.eq(regs[0].id))
        .exec(write)
        .await
        .unwrap();
    assert!(kept(l.ev1).await.version > real.version);
    let after = outcomes().await;
    assert_eq!(
        (after.participants, after.attended, after.certificates),
        (Count::Shown(40), Count::Shown(38), Count::Shown(32))
    );

    // An attended day taken back, and a certificate revoked.
    let entry = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::RegistrationId.eq(regs[1].id))
        .one(read)
        .await
        .unwrap()
        .unwrap();
    convene::attendance::rules::record_scan(
        write,
        attendance_scan::ActiveModel {
            registration_id: Set(entry.registration_id),
            event_id: Set(entry.event_id),
            day: Set(entry.day),
            direction: Set(ScanDirection::Undo),
            undoes: Set(Some(entry.id)),
            scanned_at: Set(entry.scanned_at),
            recorded_at: Set(entry.recorded_at),
            method: Set(ScanMethod::Qr),
            idempotency_key: Set("undo-for-the-figures".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(outcomes().await.attended, Count::Shown(37));
    certificate::Entity::update_many()
        .col_expr(certificate::Column::RevokedAt, Expr::value(app.clock.now()))
        .filter(certificate::Column::RegistrationId.eq(regs[1].id))
        .exec(write)
        .await
        .unwrap();
    assert_eq!(outcomes().await.certificates, Count::Shown(31));
    let row = kept(l.ev1).await;
    assert_eq!(row.computed_version, Some(row.version));
}

/// The row of contribution `id`.
async fn contribution_row(app: &TestApp, id: i64) -> contribution::Model {
    let id = i32::try_from(id).unwrap();
    contribution::Entity::find_by_id(id).one(&app.state.db.read).await.unwrap().expect("the contribution")
}

/// The audit entries of `action`, oldest first.
async fn audit_of(app: &TestApp, action: &str) -> Vec<audit_entry::Model> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .order_by_asc(audit_entry::Column::Id)
        .all(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn funding_records_can_be_corrected_and_every_correction_is_audited() {
    let o = Office::new(TestApp::spawn().await).await;
    let api = &o.api;

    // The donor: a misspelt name, then a kind that keeps no State, then back through the form.
    let norway = o.api.donor("Norwya", "government", "NOR").await;
    let path = format!("/api/v1/donors/{norway}");
    let (s, v) = api.put(&path, json!({"name": "Norway", "kind": "government", "country": "NOR"})).await;
    assert_eq!((s, v["name"].as_str()), (200, Some("Norway")), "{v}");
    let (s, v) = api.put(&path, json!({"name": "Norway", "kind": "other", "country": "NOR"})).await;
    assert_eq!(s, 200, "{v}");
    assert!(v["country"].is_null(), "{v}");
    let r = o
        .organiser
        .post_form(
            &format!("/organiser/donors/{norway}"),
            &[("name", "Kingdom of Norway"), ("kind", "government"), ("country", "nor")],
        )
        .await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, format!("/organiser/donors/{norway}")));
    let (_, file) = api.get(&path).await;
    assert_eq!(file["donor"]["name"], "Kingdom of Norway");
    assert_eq!(file["donor"]["country"], "NOR");
    let updates = audit_of(&o.app, "donor.update").await;
    assert_eq!(updates.len(), 3);
    assert!(updates[0].before.as_deref().unwrap().contains("\"Norwya\""));
    assert!(updates[0].after.as_deref().unwrap().contains("\"Norway\""));
    assert_eq!(updates[2].actor, "org@office.example");

    // Contacts: corrected by the API and the form, removed by both; the audit names no one.
    let kari = o.api.contact(norway, "desk@norway.example").await;
    let body = json!({"name": "Kari Nordmann", "email": "kari@norway.example", "language": "fr"});
    let (s, v) = api.put(&format!("/api/v1/donors/{norway}/contacts/{kari}"), body).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!((v["email"].as_str(), v["language"].as_str()), (Some("kari@norway.example"), Some("fr")));
    let r = o
        .organiser
        .post_form(
            &format!("/organiser/donors/{norway}/contacts/{kari}"),
            &[("name", "Kari Nordmann-Berg"), ("email", "kari@norway.example"), ("language", "en")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, file) = api.get(&path).await;
    assert_eq!(file["contacts"][0]["name"], "Kari Nordmann-Berg");
    assert_eq!(file["contacts"][0]["language"], "en");
    let ola = o.api.contact(norway, "ola@norway.example").await;
    assert_eq!(api.delete(&format!("/api/v1/donors/{norway}/contacts/{ola}")).await.0, 204);
    let r = o.organiser.post_form(&format!("/organiser/donors/{norway}/contacts/{kari}/delete"), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, file) = api.get(&path).await;
    assert_eq!(file["contacts"].as_array().unwrap().len(), 0);
    let contact_audit =
        [audit_of(&o.app, "donor_contact.update").await, audit_of(&o.app, "donor_contact.delete").await];
    assert_eq!((contact_audit[0].len(), contact_audit[1].len()), (2, 2));
    for e in contact_audit.iter().flatten() {
        let text = format!("{:?} {:?}", e.before, e.after).to_lowercase();
        assert!(!text.contains("kari") && !text.contains("ola") && !text.contains("norway.example"), "{text}");
        assert!(text.contains(&norway.to_string()), "{text}");
    }
    assert!(contact_audit[0][0].after.as_deref().unwrap().contains("\"email\""), "which fields changed is kept");

    // A contribution: the pledge is received, the amount raised and the rate corrected; the
    // USD equivalents, its allocation's too, follow the rate.
    let ev = o.event("Workshop Lomé", "2026-12-08", "2026-12-10").await;
    let c = o
        .api
        .contribution(norway, contribution("EUR", "1000").rate("1.1").pledged_only().earmark("programme", "1540"))
        .await;
    assert_eq!(o.api.allocate(ev, c, "400").await.0, 201);
    let cpath = format!("/api/v1/donors/{norway}/contributions/{c}");
    let body = contribution("EUR", "1200").rate("1.25").set("received_on", "2025-03-01").earmark("programme", "1540");
    let (s, v) = api.put(&cpath, body.body()).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["received_on"], "2025-03-01");
    assert_eq!((v["amount_minor"].as_i64(), v["usd_minor"].as_i64()), (Some(120_000), Some(150_000)));
    assert_eq!((v["allocated_minor"].as_i64(), v["balance_minor"].as_i64()), (Some(40_000), Some(80_000)));
    let (_, f) = api.get(&format!("/api/v1/events/{ev}/funding")).await;
    assert_eq!(f["sources"][0]["usd_minor"], 50_000, "EUR 400 at 1.25");

    // Its page shows the form pre-filled and the event funded; the form saves.
    let page_path = format!("/organiser/donors/{norway}/contributions/{c}");
    let (s, page) = o.organiser.get(&page_path).await;
    assert_eq!(s, 200);
    for filled in ["value=\"1,200.00\"", "value=\"1.25\"", "value=\"2025-03-01\"", "value=\"1540\"", "Workshop Lomé"] {
        assert!(page.contains(filled), "{filled} not on the page");
    }
    let (_, donor_page) = o.organiser.get(&format!("/organiser/donors/{norway}")).await;
    assert!(donor_page.contains(&format!("href=\"{page_path}\"")));
    let r = o
        .organiser
        .post_form(
            &page_path,
            &[
                ("currency", "EUR"),
                ("amount", "1,200.00"),
                ("usd_rate", "1.25"),
                ("pledged_on", "2025-01-15"),
                ("received_on", "2025-03-01"),
                ("trust_fund", "TF-NOR-2025"),
                ("earmark", "programme"),
                ("earmark_ref", "1540"),
                ("conditions", "Report yearly."),
                ("period_start", "2025-01-01"),
                ("period_end", "2026-12-31"),
            ],
        )
        .await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, format!("/organiser/donors/{norway}")));
    let row = contribution_row(&o.app, c).await;
    assert_eq!((row.trust_fund.as_str(), row.usd_minor, row.allocated_minor), ("TF-NOR-2025", 150_000, 40_000));
    let updates = audit_of(&o.app, "contribution.update").await;
    assert_eq!(updates.len(), 2);
    assert!(updates[0].before.as_deref().unwrap().contains("\"received_on\":null"));
    assert!(updates[0].after.as_deref().unwrap().contains("\"received_on\":\"2025-03-01\""));
    assert!(updates[1].after.as_deref().unwrap().contains("TF-NOR-2025"));

    // Contributions recorded in error go, by the API and by the form.
    let spare = o.api.contribution(norway, contribution("USD", "10")).await;
    assert_eq!(api.delete(&format!("/api/v1/donors/{norway}/contributions/{spare}")).await.0, 204);
    assert_eq!(o.organiser.get(&format!("/organiser/donors/{norway}/contributions/{spare}")).await.0, 404);
    let spare = o.api.contribution(norway, contribution("USD", "10")).await;
    let r = o.organiser.post_form(&format!("/organiser/donors/{norway}/contributions/{spare}/delete"), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, file) = api.get(&path).await;
    assert_eq!(file["contributions"].as_array().unwrap().len(), 1);
    let deletes = audit_of(&o.app, "contribution.delete").await;
    assert_eq!(deletes.len(), 2);
    assert!(deletes[0].before.as_deref().unwrap().contains("\"amount_minor\":1000") && deletes[0].after.is_none());
}

/// Sends each case's body and checks the refusal: its status, the field it names ("" for
/// none) and a part of its message ("" for any); a clash (409) is a conflict.
async fn refused(api: &Api, method: Method, cases: Vec<(&str, String, Value, u16, &str, &str)>) {
    for (case, path, body, status, named, says) in cases {
        let (s, v) = api.send(method.clone(), &path, Some(body)).await;
        assert_eq!((s, field(&v).as_str()), (status, named), "{case}: {v}");
        assert!(v["fields"][0]["message"].as_str().unwrap_or_default().contains(says), "{case}: {v}");
        if status == 409 {
            assert_eq!(v["error"], "conflict", "{case}: {v}");
        }
    }
}

#[tokio::test]
async fn bad_corrections_are_refused_naming_the_field_and_change_nothing() {
    let o = Office::new(TestApp::spawn().await).await;
    let api = &o.api;
    let norway = api.donor("Norway", "government", "NOR").await;
    let eu = api.donor("European Union", "intergovernmental", "").await;

    // Donors: a name already taken clashes with a record; an unknown or missing State, or no
    // name, is a field to correct; an unknown donor is not found.
    let path = format!("/api/v1/donors/{norway}");
    let donor = |name: &str, country: &str| json!({"name": name, "kind": "government", "country": country});
    refused(
        api,
        Method::PUT,
        vec![
            ("a name already taken", path.clone(), donor("European Union", "NOR"), 409, "name", ""),
            ("an unknown State", path.clone(), donor("Norway", "ZZZ"), 422, "country", ""),
            ("no State", path.clone(), donor("Norway", ""), 422, "country", ""),
            ("no name", path.clone(), donor("", "NOR"), 422, "name", ""),
            ("an unknown donor", "/api/v1/donors/9999".to_owned(), donor("Norway", "NOR"), 404, "", ""),
        ],
    )
    .await;
    let fields = [("name", "European Union"), ("kind", "intergovernmental")];
    let r = o.organiser.post_form(&format!("/organiser/donors/{norway}"), &fields).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("A donor of this name is already recorded."));

    // Contacts: an address already a contact's, a bad address or language, another donor's contact.
    let mine = api.contact(norway, "a@norway.example").await;
    let theirs = api.contact(eu, "b@eu.example").await;
    let cpath = format!("/api/v1/donors/{norway}/contacts/{mine}");
    let other = format!("/api/v1/donors/{norway}/contacts/{theirs}");
    let contact = |email: &str, language: &str| json!({"name": "A", "email": email, "language": language});
    refused(
        api,
        Method::PUT,
        vec![
            ("an address already a contact's", cpath.clone(), contact("B@eu.example", "en"), 409, "email", ""),
            ("not an address", cpath.clone(), contact("not an address", "en"), 422, "email", ""),
            ("an unknown language", cpath.clone(), contact("a@norway.example", "de"), 422, "language", ""),
            ("another donor's contact", other.clone(), json!({"name": "B", "email": "b@eu.example"}), 404, "", ""),
        ],
    )
    .await;
    assert_eq!(api.delete(&other).await.0, 404);
    let r = o.organiser.post_form(&format!("/organiser/donors/{norway}/contacts/{theirs}/delete"), &[]).await;
    assert_eq!(r.status(), 404);
    // The form comes back with the message beside the contact's own field.
    let fields = [("name", "A"), ("email", "b@eu.example"), ("language", "en")];
    let r = o.organiser.post_form(&format!("/organiser/donors/{norway}/contacts/{mine}"), &fields).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains(&format!("id=\"contact-{mine}-email-error\"")), "{page}");
    assert!(page.contains(&format!("href=\"#contact-{mine}-email\"")));
    let (_, file) = api.get(&format!("/api/v1/donors/{eu}")).await;
    assert_eq!(file["contacts"][0]["email"], "b@eu.example");

    // Contributions: EUR 1,000 with EUR 600 allocated to one event.
    let ev = o.event("Workshop one", "2026-12-08", "2026-12-10").await;
    let ev2 = o.event("Workshop two", "2026-12-15", "2026-12-16").await;
    let c = api.contribution(norway, contribution("EUR", "1000").rate("1.1")).await;
    assert_eq!(api.allocate(ev, c, "600").await.0, 201);
    let before = contribution_row(&o.app, c).await;
    let path = format!("/api/v1/donors/{norway}/contributions/{c}");
    let body = |changes: Value| contribution("EUR", "1000").rate("1.1").with(changes).body();
    // What the allocations on record forbid is a clash with them, named; so is, for an admin,
    // another programme (the organiser may not even ask). Bad values are fields to correct;
    // another donor's path is not found.
    let salw = body(json!({"earmark": "programme", "earmark_ref": "SALW"}));
    let elsewhere = format!("/api/v1/donors/{eu}/contributions/{c}");
    refused(
        api,
        Method::PUT,
        vec![
            (
                "less than allocated",
                path.clone(),
                body(json!({"amount": "599.99"})),
                409,
                "amount",
                "already allocated: 600.00 EUR",
            ),
            ("another currency", path.clone(), body(json!({"currency": "CHF"})), 409, "currency", ""),
            (
                "another event",
                path.clone(),
                body(json!({"earmark": "event", "earmark_ref": ev2.to_string()})),
                409,
                "earmark",
                "Workshop one",
            ),
            ("another programme", path.clone(), salw.clone(), 403, "", ""),
            ("a negative amount", path.clone(), body(json!({"amount": "-1"})), 422, "amount", ""),
            ("a zero rate", path.clone(), body(json!({"usd_rate": "0"})), 422, "usd_rate", ""),
            (
                "received before pledged",
                path.clone(),
                body(json!({"received_on": "2024-12-31"})),
                422,
                "received_on",
                "",
            ),
            (
                "an unknown programme",
                path.clone(),
                body(json!({"earmark": "programme", "earmark_ref": "NOPE"})),
                422,
                "earmark_ref",
                "",
            ),
            ("another donor's path", elsewhere.clone(), body(json!({})), 404, "", ""),
        ],
    )
    .await;
    refused(&o.admin.api, Method::PUT, vec![("another programme", path.clone(), salw, 409, "earmark", "")]).await;
    // Deleting what is allocated: a clash, said plainly; another donor's or an unknown path: 404.
    assert_eq!(api.delete(&elsewhere).await.0, 404);
    assert_eq!(api.delete(&format!("/api/v1/donors/{norway}/contributions/9999")).await.0, 404);
    let (s, v) = api.delete(&path).await;
    assert_eq!(s, 409, "{v}");
    assert!(v["message"].as_str().unwrap().contains("600.00 EUR of it is allocated"), "{v}");
    let page = format!("/organiser/donors/{norway}/contributions/{c}");
    assert_eq!(o.organiser.post_form(&format!("{page}/delete"), &[]).await.status(), 409);
    assert_eq!(o.organiser.get(&format!("/organiser/donors/{eu}/contributions/{c}")).await.0, 404);
    // The page shows the form again with the message in place.
    let fields = [
        ("currency", "EUR"),
        ("amount", "1"),
        ("usd_rate", "1.1"),
        ("pledged_on", "2025-01-15"),
        ("trust_fund", "TF-EUR"),
        ("earmark", "unearmarked"),
        ("period_start", "2025-01-01"),
        ("period_end", "2026-12-31"),
    ];
    let r = o.organiser.post_form(&page, &fields).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(text.contains("already allocated: 600.00 EUR") && text.contains("id=\"amount-error\""), "{text}");
    let after = contribution_row(&o.app, c).await;
    assert_eq!(after, before);
    for action in ["contribution.update", "contribution.delete", "donor.update", "donor_contact.update"] {
        assert!(audit_of(&o.app, action).await.is_empty(), "{action}");
    }

    // At the limits it is fine: an amount equal to what is allocated; with nothing allocated,
    // another currency.
    let (s, v) = api.put(&path, body(json!({"amount": "600"}))).await;
    assert_eq!((s, v["balance_minor"].as_i64()), (200, Some(0)), "{v}");
    let spare = api.contribution(norway, contribution("EUR", "50").rate("1.1").pledged_only()).await;
    let spare_path = format!("/api/v1/donors/{norway}/contributions/{spare}");
    let (s, v) = api.put(&spare_path, contribution("CHF", "50").rate("1.2").body()).await;
    assert_eq!((s, v["currency"].as_str(), v["usd_minor"].as_i64()), (200, Some("CHF"), Some(6_000)), "{v}");

    // An organiser of another programme may correct what is unearmarked, not what is 1540's.
    let other = o.app.create_user("salw@office.example", Role::Organiser, &["SALW"]).await;
    let salw = o.app.api_of(other).await;
    let earmarked = api.contribution(norway, contribution("USD", "10").earmark("programme", "1540")).await;
    let earmarked_path = format!("/api/v1/donors/{norway}/contributions/{earmarked}");
    assert_eq!(salw.put(&earmarked_path, contribution("USD", "20").body()).await.0, 403);
    assert_eq!(salw.delete(&earmarked_path).await.0, 403);
    assert_eq!(salw.put(&spare_path, contribution("CHF", "60").rate("1.2").body()).await.0, 200);
    assert_eq!(salw.delete(&spare_path).await.0, 204);
}

#[tokio::test]
async fn a_removed_contact_is_signed_out_at_once() {
    let smtp = SmtpServer::start();
    let o = Office::new(TestApp::spawn_with_smtp(&smtp).await).await;
    let norway = o.api.donor("Norway", "government", "NOR").await;
    let contact = o.api.contact(norway, "contact@norway.example").await;
    let browser = donor_browser(&o.app, &smtp, "contact@norway.example").await;
    assert_eq!(o.app.get(&browser, "/donor").await.0, 200);
    // A second link, asked for and not yet used.
    let r = o.app.post_form(&o.app.new_browser(), "/donor/sign-in", &[("email", "contact@norway.example")]).await;
    assert_eq!(r.status(), 303);
    let unused = smtp.wait_for_to("contact@norway.example", 2).await.remove(1).path("/donor/link/");

    let r = o.organiser.post_form(&format!("/organiser/donors/{norway}/contacts/{contact}/delete"), &[]).await;
    assert_eq!(r.status(), 303);
    let r = browser.get(o.app.url("/donor")).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/donor/sign-in".to_owned()));
    assert_eq!(browser.get(o.app.url("/api/v1/donor/report")).send().await.unwrap().status(), 401);
    assert_eq!(o.app.get(&o.app.new_browser(), &unused).await.0, 410);
    let db = &o.app.state.db.read;
    let id = i32::try_from(contact).unwrap();
    let sessions = donor_session::Entity::find().filter(donor_session::Column::ContactId.eq(id)).count(db);
    let links = donor_sign_in_token::Entity::find().filter(donor_sign_in_token::Column::ContactId.eq(id)).count(db);
    assert_eq!((sessions.await.unwrap(), links.await.unwrap()), (0, 0));

    // A new address ends the sessions too (they were opened from the old one); the new address
    // signs in, and a change that keeps the address keeps the session.
    let moved = o.api.contact(norway, "old@norway.example").await;
    let old = donor_browser(&o.app, &smtp, "old@norway.example").await;
    let path = format!("/api/v1/donors/{norway}/contacts/{moved}");
    let (s, v) = o.api.put(&path, json!({"name": "Ola", "email": "new@norway.example"})).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(old.get(o.app.url("/donor")).send().await.unwrap().status(), 303);
    let new = donor_browser(&o.app, &smtp, "new@norway.example").await;
    let (s, v) = o.api.put(&path, json!({"name": "Ola N.", "email": "new@norway.example"})).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(o.app.get(&new, "/donor").await.0, 200);
}

#[tokio::test]
async fn corrections_racing_with_allocations_never_leave_more_allocated_than_the_amount() {
    let o = Office::new(TestApp::spawn().await).await;
    let donor = o.api.donor("Norway", "government", "NOR").await;
    let c = o.api.contribution(donor, contribution("EUR", "100").rate("1")).await;
    let ev = o.event("Workshop", "2026-12-08", "2026-12-10").await;
    let ev2 = o.event("Workshop two", "2026-12-15", "2026-12-16").await;
    // Two allocations already made, to be withdrawn during the race.
    assert_eq!(o.api.allocate(ev, c, "10").await.0, 201);
    assert_eq!(o.api.allocate(ev, c, "10").await.0, 201);
    let (_, f) = o.api.get(&format!("/api/v1/events/{ev}/funding")).await;
    let withdrawals: Vec<String> = f["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| o.app.url(&format!("/organiser/events/{ev}/funding/allocations/{}/withdraw", s["allocation_id"])))
        .collect();
    let csrf = o.app.csrf(&o.organiser.browser).await;
    let mut tasks = Vec::new();
    for url in withdrawals {
        let request = o.organiser.browser.post(url).form(&[("csrf", csrf.as_str())]);
        tasks.push(tokio::spawn(async move { ("withdraw", request.send().await.unwrap().status().as_u16()) }));
    }
    // Twenty allocations of EUR 10 and four corrections, all at once: three lower the amount
    // (and may lose to the allocations), one keeps it and changes only the rate.
    let corrections = [("50", "1.1"), ("70", "1.2"), ("30", "1.3"), ("100", "1.4")];
    for i in 0..24 {
        let (what, request) = if i % 6 == 5 {
            let (amount, rate) = corrections[i / 6];
            let body = contribution("EUR", amount).rate(rate).body();
            ("correct", o.api.request(Method::PUT, &format!("/api/v1/donors/{donor}/contributions/{c}"), Some(body)))
        } else {
            let path = format!("/api/v1/events/{}/funding/allocations", if i % 2 == 0 { ev } else { ev2 });
            let body = json!({"contribution_id": c.to_string(), "amount": "10"});
            ("allocate", o.api.request(Method::POST, &path, Some(body)))
        };
        tasks.push(tokio::spawn(async move { (what, request.send().await.unwrap().status().as_u16()) }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    for (what, status) in &statuses {
        let expected: &[u16] = match *what {
            "correct" => &[200, 409],
            "allocate" => &[201, 409],
            _ => &[303],
        };
        assert!(expected.contains(status), "{statuses:?}");
    }
    let db = &o.app.state.db.read;
    let row = contribution::Entity::find_by_id(i32::try_from(c).unwrap()).one(db).await.unwrap().unwrap();
    assert!(row.allocated_minor <= row.amount_minor, "{} allocated of {}", row.allocated_minor, row.amount_minor);
    let allocations = convene::entities::allocation::Entity::find()
        .filter(convene::entities::allocation::Column::ContributionId.eq(row.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(allocations.iter().map(|a| a.amount_minor).sum::<i64>(), row.allocated_minor);
    let created = statuses.iter().filter(|(what, s)| *what == "allocate" && *s == 201).count();
    assert_eq!(allocations.len(), created, "the two withdrawn are gone");
    // Every USD equivalent is at the rate that stands, whichever correction came last.
    let eur = convene::donors::money::Currency::parse("EUR").unwrap();
    assert!(statuses.iter().any(|(what, s)| *what == "correct" && *s == 200), "the rate-only correction lands");
    assert_ne!(row.usd_rate_micros, 1_000_000);
    assert_eq!(row.usd_minor, eur.to_usd(row.amount_minor, row.usd_rate_micros));
    for a in &allocations {
        assert_eq!(a.usd_minor, eur.to_usd(a.amount_minor, row.usd_rate_micros), "allocation {}", a.id);
    }
}

#[tokio::test]
async fn the_hourly_job_counts_ended_events_ahead_of_the_reports() {
    use convene::jobs::{JobName, work};
    let l = ledger(TestApp::spawn().await).await;
    participants(&l).await;
    let app = &l.o.app;
    let current = |id: i32| async move {
        event_figure::Entity::find_by_id(id)
            .one(&app.state.db.read)
            .await
            .unwrap()
            .is_some_and(|r| r.cells.is_some() && r.computed_version == Some(r.version))
    };
    // The two events that ended are counted; the one still to come is not.
    assert_eq!(work(&app.state, JobName::EventFigures, app.clock.now()).await.unwrap(), 2);
    assert!(current(l.ev1).await && current(l.ev2).await && !current(l.ev3).await);
    assert_eq!(work(&app.state, JobName::EventFigures, app.clock.now()).await.unwrap(), 0);
    // A change makes one event out of date; the next run counts it again, and only it.
    registration::Entity::update_many()
        .col_expr(registration::Column::Gender, Expr::value("another"))
        .filter(registration::Column::EventId.eq(l.ev2))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    assert!(!current(l.ev2).await);
    assert_eq!(work(&app.state, JobName::EventFigures, app.clock.now()).await.unwrap(), 1);
    assert!(current(l.ev2).await);
    let (_, report) = l.o.admin.api.get(&format!("/api/v1/donors/{}/report", l.norway)).await;
    let genders: Vec<&str> =
        report["outcomes"]["by_gender"].as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect();
    assert!(genders.contains(&"another"), "{genders:?}");
}

#[tokio::test]
async fn malformed_ids_in_funding_paths_are_not_found() {
    let o = Office::new(TestApp::spawn().await).await;
    for path in ["/organiser/donors/abc", "/organiser/donors/0", "/admin/donors/1x/report.csv"] {
        let (status, _) = o.admin.get(path).await;
        assert_eq!(status, 404, "{path}");
    }
    for path in ["/api/v1/donors/abc", "/api/v1/donors/-3/report"] {
        let (status, body) = o.admin.api.get(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(body["message"].is_string(), "{path}: a JSON error, not a plain-text rejection: {body}");
    }
    assert_eq!(o.admin.api.delete("/api/v1/donors/1/contributions/nope").await.0, 404);
}
