//! The six official languages: every page can be read in each, Arabic right to left.

use convene::domain::Role;
use convene::entities::event;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, create_event, event_fields};
use crate::support::factories::donors::contribution;
use crate::support::factories::staff::Staff;

#[tokio::test]
async fn the_switch_offers_six_languages_and_arabic_reads_right_to_left() {
    let app = TestApp::spawn().await;
    let (_, home) = app.get(&app.new_browser(), "/").await;
    for (code, name) in
        [("ar", "العربية"), ("zh", "中文"), ("en", "English"), ("fr", "Français"), ("ru", "Русский"), ("es", "Español")]
    {
        assert!(home.contains(&format!("lang=\"{code}\">{name}</option>")), "the switch offers {name}");
    }
    let expected = [
        ("ar", "rtl", "المناسبات"),
        ("zh", "ltr", "活动"),
        ("ru", "ltr", "Мероприятия"),
        ("es", "ltr", "Eventos"),
        ("fr", "ltr", "Événements"),
    ];
    for (code, dir, events) in expected {
        let browser = app.new_browser();
        let switched = browser.get(app.url(&format!("/language?lang={code}&next=/"))).send().await.unwrap();
        assert_eq!(switched.status(), 303);
        let (status, page) = app.get(&browser, "/").await;
        assert_eq!(status, 200);
        assert!(page.contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")), "{code} is declared {dir}");
        assert!(page.contains(events), "{code}: the navigation says {events}");
        assert!(!page.contains(">nav-"), "{code}: no message key shows instead of its text");
    }
    let (status, _) = app.get(&app.new_browser(), "/language?lang=de&next=/").await;
    assert_eq!(status, 422, "a language Convene does not speak is refused");
}

#[tokio::test]
async fn programmes_units_and_regional_groups_are_named_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let org = app.signed_in("refnames@example.org", Role::Organiser, &["1540"]).await;
    let event_id = create_event(&app, &org, &event_fields("1540")).await;
    let expected = [
        (
            "fr",
            "Résolution 1540 du Conseil de sécurité",
            "Centre régional des Nations Unies pour la paix et le désarmement en Afrique",
            "États d’Europe orientale",
        ),
        ("ar", "قرار مجلس الأمن 1540", "مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا", "دول أوروبا الشرقية"),
    ];
    for (code, programme, unit, group) in expected {
        let switched = org.get(app.url(&format!("/language?lang={code}&next=/"))).send().await.unwrap();
        assert_eq!(switched.status(), 303);
        let (_, home) = app.get(&org, "/").await;
        assert!(home.contains(&format!("title=\"{programme}\"")), "{code}: the programme filter names 1540");
        let (_, event) = app.get(&org, &format!("/organiser/events/{event_id}")).await;
        assert!(event.contains(&format!("<dd>{programme}</dd>")), "{code}: the event's programme line");
        assert!(event.contains(&format!("<dd>{unit}</dd>")), "{code}: the event's unit line");
        let (_, list) = app.get(&org, &format!("/organiser/events/{event_id}/registrations")).await;
        assert!(list.contains(&format!(">{group}</option>")), "{code}: the regional group select");
        assert!(!list.contains("Eastern European States"), "{code}: no English group name is left");
    }
}

/// Switches `who`'s pages to the language `code`.
async fn speak(app: &TestApp, who: &Staff, code: &str) {
    let switched = who.browser.get(app.url(&format!("/language?lang={code}&next=/"))).send().await.unwrap();
    assert_eq!(switched.status(), 303);
}

/// `n` confirmed participants of `event` from non-governmental organisations, through the API.
async fn seat_ngo_participants(who: &Staff, event: i32, n: usize) {
    for k in 0..n {
        let body = json!({"email": format!("ngo{k}@lang.example"), "given_name": format!("Given{k}"),
            "family_name": format!("Family{k}"), "gender": "woman", "country": "TGO",
            "organisation": "Réseau de la société civile", "organisation_type": "ngo"});
        let (s, v) = who.api.post(&format!("/api/v1/events/{event}/registrations"), body).await;
        assert_eq!(s, 201, "{v}");
    }
}

#[tokio::test]
async fn an_arabic_report_draws_its_charts_from_the_right() {
    let app = TestApp::spawn().await;
    let org = app.staff("charts@lang.example", Role::Organiser, &["1540"]).await;
    let id = app.event(&org.browser).published().create().await;
    seat_ngo_participants(&org, id, 3).await;
    let (status, english) = org.get(&format!("/organiser/events/{id}/report")).await;
    assert_eq!(status, 200);
    assert!(english.contains("direction=\"ltr\"") && english.contains("<rect x=\"0\" y="), "{english}");
    speak(&app, &org, "ar").await;
    let (status, arabic) = org.get(&format!("/organiser/events/{id}/report")).await;
    assert_eq!(status, 200);
    let charts = arabic.matches("<figure class=\"chart\">").count();
    assert!(charts > 0, "the report has charts: {arabic}");
    assert_eq!(arabic.matches("direction=\"rtl\"").count(), charts, "every chart reads right to left");
    assert!(!arabic.contains("direction=\"ltr\""));
    // Bars grow from the right edge: none starts at the left one.
    assert!(!arabic.contains("<rect x=\"0\" y="), "{arabic}");
}

#[tokio::test]
async fn organisation_types_in_a_donors_outcomes_are_named_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let admin = app.staff("admin@lang.example", Role::Admin, &[]).await;
    let org = app.staff("donors@lang.example", Role::Organiser, &["1540"]).await;
    let donor = org.api.donor("Norway", "government", "NOR").await;
    let funds = org.api.contribution(donor, contribution("USD", "50000")).await;
    let id = app.event(&org.browser).published().create().await;
    assert_eq!(org.api.allocate(id, funds, "20000").await.0, 201);
    seat_ngo_participants(&org, id, 6).await;
    // A donor's outcomes count the events already held: this one was, in early November.
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    event::Entity::update_many()
        .col_expr(event::Column::StartDate, Expr::value(day(2)))
        .col_expr(event::Column::EndDate, Expr::value(day(4)))
        .filter(event::Column::Id.eq(id))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    let expected = [
        ("en", "Non-governmental organisation or civil society"),
        ("fr", "Organisation non gouvernementale ou société civile"),
        ("ru", "Неправительственная организация или гражданское общество"),
    ];
    for (code, name) in expected {
        let catalogue = std::fs::read_to_string(format!("locales/{code}/registration.ftl")).unwrap();
        assert!(catalogue.contains(&format!("org-type-ngo = {name}")), "{code}: the catalogue's name");
        speak(&app, &admin, code).await;
        let (status, page) = admin.get(&format!("/admin/donors/{donor}")).await;
        assert_eq!(status, 200);
        assert!(page.contains(name), "{code}: the outcomes name the type {name}");
        if code != "en" {
            assert!(!page.contains("Non-governmental organisation"), "{code}: no English name is left");
        }
    }
}

#[tokio::test]
async fn an_event_section_names_the_event_in_its_language_in_the_breadcrumbs() {
    let app = TestApp::spawn().await;
    let org = app.staff("crumbs@lang.example", Role::Organiser, &["1540"]).await;
    let title = "Atelier régional sur le contrôle des frontières";
    let id = app.event(&org.browser).set("original_language", "fr").title(title).create().await;
    let crumb = format!("<a href=\"/organiser/events/{id}\" lang=\"fr\">{title}</a>");
    for tail in ["/registrations", "/invitations", "/report", "/participants", "/certificates", "/funding"] {
        let (status, page) = org.get(&format!("/organiser/events/{id}{tail}")).await;
        assert_eq!(status, 200, "{tail}");
        assert!(page.contains(&crumb), "{tail}: the trail marks the French title: {page}");
    }
    speak(&app, &org, "ar").await;
    let (_, arabic) = org.get(&format!("/organiser/events/{id}/registrations")).await;
    let crumb = format!("<a href=\"/organiser/events/{id}\" lang=\"fr\" dir=\"ltr\">{title}</a>");
    assert!(arabic.contains(&crumb), "in an Arabic page, the French title reads left to right");
    speak(&app, &org, "fr").await;
    let (_, french) = org.get(&format!("/organiser/events/{id}/registrations")).await;
    assert!(french.contains(&format!("<a href=\"/organiser/events/{id}\">{title}</a>")), "no mark in French");
}
