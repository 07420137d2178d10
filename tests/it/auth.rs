//! Staff sign-in, sessions, CSRF, throttling, sign-in links, password change, roles.

use convene::auth::rules;
use convene::domain::Role;

use crate::helpers::{PASSWORD, TestApp, extract_csrf, location};

#[tokio::test]
async fn sign_in_opens_a_session_and_sign_out_ends_it() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (status, body) = app.get(&browser, "/organiser/events").await;
    assert_eq!(status, 200);
    assert!(body.contains("Sign out"));
    let r = app.post_form(&browser, "/sign-out", &[]).await;
    assert_eq!(r.status(), 303);
    let r = browser.get(app.url("/organiser/events")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/sign-in?next=%2Forganiser%2Fevents");
}

#[tokio::test]
async fn session_cookie_is_http_only_and_same_site() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Admin, &[]).await;
    let browser = app.new_browser();
    let r = app.post_form(&browser, "/sign-in", &[("email", "a@example.org"), ("password", PASSWORD)]).await;
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("convene_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
}

#[tokio::test]
async fn wrong_password_rerenders_the_form_and_changes_nothing() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Admin, &[]).await;
    let browser = app.new_browser();
    let r = app.post_form(&browser, "/sign-in", &[("email", "a@example.org"), ("password", "wrong password!")]).await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("The email address or the password is not correct."));
    assert_eq!(app.get(&browser, "/organiser/events").await.0, 303);
    // Bad inputs are named, not 500s.
    let r = app.post_form(&browser, "/sign-in", &[("email", "not-an-email"), ("password", "x")]).await;
    assert_eq!(r.status(), 422);
    let r = app.post_form(&browser, "/sign-in", &[("email", "a@example.org"), ("password", "")]).await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_address() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Admin, &[]).await;
    let browser = app.new_browser();
    for _ in 0..5 {
        let r =
            app.post_form(&browser, "/sign-in", &[("email", "a@example.org"), ("password", "wrong password!")]).await;
        assert_eq!(r.status(), 422);
    }
    // Even the right password is refused while throttled.
    let r = app.post_form(&browser, "/sign-in", &[("email", "a@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    assert!(r.text().await.unwrap().contains("Too many failed attempts"));
    // Another address is not affected.
    app.create_user("b@example.org", Role::Admin, &[]).await;
    app.sign_in(&app.new_browser(), "b@example.org").await;
    // After the window the account works again.
    app.clock.set(app.clock.now() + chrono::Duration::minutes(16));
    app.sign_in(&browser, "a@example.org").await;
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_are_refused() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Admin, &[]).await;
    let browser = app.new_browser();
    app.csrf(&browser).await;
    // No token at all.
    let r = browser
        .post(app.url("/sign-in"))
        .form(&[("email", "a@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("The form expired or came from another site"));
    // A token from another browser.
    let other = app.new_browser();
    let foreign = app.csrf(&other).await;
    let r = browser
        .post(app.url("/sign-in"))
        .form(&[("csrf", foreign.as_str()), ("email", "a@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    // A signed-in organiser's state-changing form without the token.
    app.sign_in(&browser, "a@example.org").await;
    let r = browser.post(app.url("/organiser/events")).form(&[("title", "x")]).send().await.unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn one_time_link_shows_a_page_on_get_and_signs_in_once_on_post() {
    let app = TestApp::spawn().await;
    let token =
        rules::bootstrap_admin(&app.state.db, &app.state.settings.security, "admin@convene.local", app.clock.now())
            .await
            .unwrap()
            .unwrap();
    let browser = app.new_browser();
    // GET changes nothing (mail scanners open links).
    for _ in 0..2 {
        let (status, body) = app.get(&browser, &format!("/sign-in/link/{token}")).await;
        assert_eq!(status, 200);
        assert!(body.contains("one-time link"));
    }
    let csrf = extract_csrf(&app.get(&browser, &format!("/sign-in/link/{token}")).await.1).unwrap();
    let r =
        browser.post(app.url(&format!("/sign-in/link/{token}"))).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/account/password");
    assert_eq!(app.get(&browser, "/organiser/events").await.0, 200);
    // Used once: now gone, for everyone.
    let other = app.new_browser();
    assert_eq!(app.get(&other, &format!("/sign-in/link/{token}")).await.0, 410);
    let r = app.post_form(&other, &format!("/sign-in/link/{token}"), &[]).await;
    assert_eq!(r.status(), 410);
    // Tampered and malformed tokens.
    let mut tampered = token.clone();
    tampered.replace_range(0..1, if token.starts_with('A') { "B" } else { "A" });
    assert_eq!(app.get(&other, &format!("/sign-in/link/{tampered}")).await.0, 410);
    assert_eq!(app.get(&other, "/sign-in/link/short").await.0, 410);
    // No second bootstrap link once the admin exists without a password? It still prints one,
    // until a password is set.
    assert!(
        rules::bootstrap_admin(&app.state.db, &app.state.settings.security, "admin@convene.local", app.clock.now())
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn expired_links_do_not_sign_in() {
    let app = TestApp::spawn().await;
    let id = app.create_user("a@example.org", Role::Admin, &[]).await;
    let token = rules::create_sign_in_link(&app.state.db.write, id, app.clock.now(), 60).await.unwrap();
    app.clock.set(app.clock.now() + chrono::Duration::minutes(61));
    let browser = app.new_browser();
    assert_eq!(app.get(&browser, &format!("/sign-in/link/{token}")).await.0, 410);
    assert_eq!(app.post_form(&browser, &format!("/sign-in/link/{token}"), &[]).await.status(), 410);
}

#[tokio::test]
async fn password_change_checks_the_current_one_and_signs_out_other_sessions() {
    let app = TestApp::spawn().await;
    let first = app.signed_in("a@example.org", Role::Admin, &[]).await;
    let second = app.new_browser();
    app.sign_in(&second, "a@example.org").await;
    let r = app
        .post_form(
            &first,
            "/account/password",
            &[("current_password", "not it at all"), ("new_password", "short"), ("confirm_password", "different")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("Use at least 12 characters."));
    assert!(body.contains("The two new passwords differ."));
    assert!(body.contains("The current password is not correct."));
    let new = "another long passphrase";
    let r = app
        .post_form(
            &first,
            "/account/password",
            &[("current_password", PASSWORD), ("new_password", new), ("confirm_password", new)],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(app.get(&first, "/organiser/events").await.0, 200);
    assert_eq!(app.get(&second, "/organiser/events").await.0, 303);
    let third = app.new_browser();
    let r = app.post_form(&third, "/sign-in", &[("email", "a@example.org"), ("password", new)]).await;
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn the_audit_log_is_for_admins_only() {
    let app = TestApp::spawn().await;
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    assert_eq!(app.get(&organiser, "/admin/audit").await.0, 403);
    let admin = app.signed_in("a@example.org", Role::Admin, &[]).await;
    let (status, body) = app.get(&admin, "/admin/audit").await;
    assert_eq!(status, 200);
    assert!(body.contains("user.create"));
}

#[tokio::test]
async fn sign_in_return_path_must_stay_on_the_site() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Admin, &[]).await;
    let browser = app.new_browser();
    for (next, expected) in
        [("https://evil.example/", "/organiser"), ("//evil.example", "/organiser"), ("/admin/audit", "/admin/audit")]
    {
        let r = app
            .post_form(&browser, "/sign-in", &[("email", "a@example.org"), ("password", PASSWORD), ("next", next)])
            .await;
        assert_eq!(location(&r), expected);
    }
}

fn link_in(html: &str) -> String {
    let at = html.find("/sign-in/link/").expect("a sign-in link on the page") + "/sign-in/link/".len();
    html[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

#[tokio::test]
async fn admins_add_accounts_that_sign_in_with_the_link_shown_once() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let r = app
        .post_form(
            &admin,
            "/admin/users",
            &[
                ("email", "New.Organiser@Example.org"),
                ("display_name", "Ana"),
                ("role", "organiser"),
                ("programme", "1540"),
                ("programme", "SALW"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("new.organiser@example.org"));
    let token = link_in(&page);
    let person = app.new_browser();
    let csrf = extract_csrf(&app.get(&person, &format!("/sign-in/link/{token}")).await.1).unwrap();
    let r =
        person.post(app.url(&format!("/sign-in/link/{token}"))).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(location(&r), "/account/password");
    let (_, form) = app.get(&person, "/account/password").await;
    assert!(form.contains("Set a password now") && !form.contains("current_password"));
    let r = app
        .post_form(&person, "/account/password", &[("new_password", PASSWORD), ("confirm_password", PASSWORD)])
        .await;
    assert_eq!(r.status(), 303);
    let (_, list) = app.get(&person, "/organiser/events/new").await;
    assert!(list.contains("value=\"1540\"") && list.contains("value=\"SALW\"") && !list.contains("value=\"NPT\""));
}

#[tokio::test]
async fn account_form_errors_are_named() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    for (fields, message) in [
        (vec![("email", "nope"), ("role", "admin")], "Enter an email address"),
        (vec![("email", "o@example.org"), ("role", "organiser")], "An organiser needs at least one programme."),
        (vec![("email", "o@example.org"), ("role", "organiser"), ("programme", "NOPE")], "Unknown programme: NOPE."),
        (vec![("email", "o@example.org"), ("role", "king")], "Choose one of the listed options."),
        (vec![("email", "admin@example.org"), ("role", "admin")], "An account with this email address already exists."),
    ] {
        let r = app.post_form(&admin, "/admin/users", &fields).await;
        assert_eq!(r.status(), 422, "{message}");
        assert!(r.text().await.unwrap().contains(message), "{message}");
    }
}

#[tokio::test]
async fn disabling_an_account_signs_it_out_and_stops_its_tokens() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.create_user("p@example.org", Role::Organiser, &["NPT"]).await;
    let token = app.api_token(id).await;
    let o_id = {
        let (_, list) = app.get(&admin, "/admin/users").await;
        let at = list.find("o@example.org").unwrap();
        let before = &list[..at];
        let start = before.rfind("/admin/users/").unwrap() + "/admin/users/".len();
        before[start..].chars().take_while(|c| c.is_ascii_digit()).collect::<String>()
    };
    let r = app
        .post_form(
            &admin,
            &format!("/admin/users/{o_id}"),
            &[("role", "organiser"), ("programme", "1540"), ("disabled", "on")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(app.get(&organiser, "/organiser/events").await.0, 303);
    let refused =
        app.post_form(&app.new_browser(), "/sign-in", &[("email", "o@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(refused.status(), 422);
    // Programmes change what an organiser may manage; disabling stops API tokens.
    let r = app
        .post_form(
            &admin,
            &format!("/admin/users/{id}"),
            &[("role", "organiser"), ("programme", "NPT"), ("disabled", "on")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let api = app.client.get(app.url("/api/v1/events")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(api.status(), 401);
    // No self-lockout.
    let (_, list) = app.get(&admin, "/admin/users").await;
    let at = list.find(">admin@example.org<").unwrap();
    let start = list[..at].rfind("/admin/users/").unwrap() + "/admin/users/".len();
    let me: String = list[start..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let r = app.post_form(&admin, &format!("/admin/users/{me}"), &[("role", "organiser"), ("programme", "1540")]).await;
    assert_eq!(r.status(), 409);
    // Organisers cannot reach the account pages.
    let other = app.signed_in("q@example.org", Role::Organiser, &["1540"]).await;
    assert_eq!(app.get(&other, "/admin/users").await.0, 403);
    assert_eq!(
        app.post_form(&other, "/admin/users", &[("email", "x@example.org"), ("role", "admin")]).await.status(),
        403
    );
    // A fresh link for an account, shown once; unknown ids are 404.
    let r = app.post_form(&admin, &format!("/admin/users/{me}/sign-in-link"), &[]).await;
    assert_eq!(r.status(), 200);
    assert!(!link_in(&r.text().await.unwrap()).is_empty());
    assert_eq!(app.get(&admin, "/admin/users/99999").await.0, 404);
}
