//! The six official languages: every page can be read in each, Arabic right to left.

use convene::domain::Role;

use crate::helpers::{TestApp, create_event, event_fields};

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
