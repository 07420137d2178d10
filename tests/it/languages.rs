//! The six official languages: every page can be read in each, Arabic right to left.

use crate::helpers::TestApp;

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
