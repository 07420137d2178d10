//! Dates, State names and the order of State selects in the reader's language (ICU4X).

use crate::helpers::TestApp;

/// Where the option `name` of a select stands in `page`.
fn option_at(page: &str, name: &str) -> usize {
    page.find(&format!(">{name}</option>")).unwrap_or_else(|| panic!("no option {name}"))
}

#[tokio::test]
async fn a_french_reader_sees_french_dates_state_names_and_alphabetical_order() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = app
        .event(&org.browser)
        .with(&[("city", "Le Caire"), ("country", "EGY"), ("time_zone", "Africa/Cairo")])
        .published()
        .create()
        .await;
    let public = app.new_browser();

    let (_, english) = app.get(&public, &format!("/events/{id}")).await;
    assert!(english.contains("8–10 December 2026"), "{english}");
    assert!(english.contains("Le Caire, Egypt"));
    let (_, form) = org.get("/organiser/events/new").await;
    assert!(option_at(&form, "Denmark") < option_at(&form, "Egypt"));
    assert!(option_at(&form, "Egypt") < option_at(&form, "Spain"));

    for browser in [&public, &org.browser] {
        assert_eq!(app.get(browser, "/language?lang=fr&next=%2F").await.0, 303);
    }
    let (_, french) = app.get(&public, &format!("/events/{id}")).await;
    assert!(french.contains("8–10 décembre 2026"), "{french}");
    assert!(french.contains("Le Caire, Égypte"));
    // French order: the accent does not send "Égypte" after "Espagne" or "Zambie".
    let (_, form) = org.get("/organiser/events/new").await;
    assert!(option_at(&form, "Danemark") < option_at(&form, "Égypte"));
    assert!(option_at(&form, "Égypte") < option_at(&form, "Espagne"));
    assert!(option_at(&form, "Éthiopie") < option_at(&form, "Fidji"));
}

/// A number inside a message (the largest capacity in a form's error) is grouped by the
/// formatter that groups the pages' other numbers: French, Russian and Arabic each their way.
#[tokio::test]
async fn numbers_inside_messages_are_grouped_as_the_page_groups_them() {
    use convene::i18n::{Lang, Tr, format};
    let app = TestApp::spawn().await;
    let org = app.staff("numbers@formatting.example", convene::domain::Role::Organiser, &["1540"]).await;
    let mut fields = crate::helpers::event_fields("1540");
    fields.retain(|(k, _)| *k != "capacity");
    fields.push(("capacity", "0".to_owned()));
    for (code, lang) in [("fr", Lang::Fr), ("ru", Lang::Ru), ("ar", Lang::Ar)] {
        let switched = org.browser.get(app.url(&format!("/language?lang={code}&next=/"))).send().await.unwrap();
        assert_eq!(switched.status(), 303);
        let r = org.post_fields("/organiser/events", &fields).await;
        assert_eq!(r.status(), 422, "{code}: a capacity of 0 is refused");
        let page = r.text().await.unwrap();
        let grouped = format::number(Tr(lang), 100_000);
        assert_ne!(grouped, "100000", "{code} groups its digits");
        let message = Tr(lang).ta("err-capacity", &[("max", "100000")]);
        assert!(message.contains(&grouped), "{code}: {message}");
        assert!(page.contains(&message), "{code}: the form says {message}");
    }
    assert!(format::number(Tr(Lang::Fr), 100_000) == "100\u{202f}000");
    assert!(format::number(Tr(Lang::Ru), 100_000) == "100\u{a0}000");
}
