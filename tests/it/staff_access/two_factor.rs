//! Two-factor sign-in: enrolment with codes computed here by the same TOTP crate, the code
//! after the password (wrong ones counted and throttled, a used one refused), recovery codes
//! used once, the pending sign-in's expiry and purge, admins forced to enrol, resets by an admin and by
//! the command line, and turning it off.

use chrono::Duration;
use convene::domain::Role;
use convene::entities::{audit_entry, pending_sign_in, sign_in_attempt};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use totp_rs::{Algorithm, TOTP};

use super::browser_with;
use crate::helpers::{PASSWORD, TestApp, location};

/// The code an authenticator app shows for `secret` at the app's clock, `steps` steps later.
fn code_at(app: &TestApp, secret: &[u8], steps: i64) -> String {
    let at = app.clock.now() + Duration::seconds(30 * steps);
    TOTP::new(Algorithm::SHA1, 6, 1, 30, secret.to_vec()).unwrap().generate(at.timestamp() as u64)
}

/// The key shown as text on an enrolment page.
fn shown_secret(page: &str) -> Vec<u8> {
    let text = page.split(r#"id="two-factor-secret">"#).nth(1).and_then(|r| r.split('<').next()).expect("key shown");
    base32::decode(base32::Alphabet::Rfc4648 { padding: false }, text).expect("base32 key")
}

/// The recovery codes listed on a page.
fn shown_codes(page: &str) -> Vec<String> {
    let list = page.split(r#"id="recovery-codes""#).nth(1).and_then(|r| r.split("</ul>").next()).unwrap_or("");
    list.split("<code>").skip(1).filter_map(|c| c.split('<').next()).map(str::to_owned).collect()
}

fn browser() -> reqwest::Client {
    browser_with(&[])
}

async fn audited(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find().filter(audit_entry::Column::Action.eq(action)).count(&app.state.db.read).await.unwrap()
}

async fn failures(app: &TestApp, email: &str) -> u64 {
    sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::Email.eq(email))
        .count(&app.state.db.read)
        .await
        .unwrap()
}

async fn signed_in(app: &TestApp, browser: &reqwest::Client) -> bool {
    app.get(browser, "/organiser/events").await.0 == 200
}

/// Turns two-factor on for the signed-in `browser`; returns the secret and the recovery codes.
async fn enrol(app: &TestApp, browser: &reqwest::Client) -> (Vec<u8>, Vec<String>) {
    let (status, page) = app.get(browser, "/account/two-factor").await;
    assert_eq!(status, 200);
    assert!(page.contains("/account/two-factor/start"), "{page}");
    let r = app.post_form(browser, "/account/two-factor/start", &[]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/account/two-factor".to_owned()));
    let (_, page) = app.get(browser, "/account/two-factor").await;
    assert!(page.contains("<svg"), "QR code shown");
    let secret = shown_secret(&page);
    // A wrong first code turns nothing on.
    let r = app.post_form(browser, "/account/two-factor/confirm", &[("code", "000000")]).await;
    assert_eq!(r.status(), 422);
    let r = app.post_form(browser, "/account/two-factor/confirm", &[("code", &code_at(app, &secret, 0))]).await;
    assert_eq!(r.status(), 200);
    let codes = shown_codes(&r.text().await.unwrap());
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

/// Signs in with the password; returns the browser waiting for its code.
async fn password_step(app: &TestApp, email: &str) -> reqwest::Client {
    let b = browser();
    let r =
        app.post_form(&b, "/sign-in", &[("email", email), ("password", PASSWORD), ("next", "/organiser/events")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/sign-in/two-factor".to_owned()));
    assert!(!signed_in(app, &b).await, "a pending sign-in is no session");
    b
}

#[tokio::test]
async fn a_code_after_the_password_opens_the_session_once() {
    let app = TestApp::spawn().await;
    let email = "a@example.org";
    let me = app.signed_in(email, Role::Organiser, &["1540"]).await;
    let (secret, _) = enrol(&app, &me).await;
    assert_eq!(audited(&app, "user.two_factor_on").await, 1);
    let (_, page) = app.get(&me, "/account/two-factor").await;
    assert!(page.contains("Recovery codes left: 10"), "{page}");

    let b = password_step(&app, email).await;
    let (status, page) = app.get(&b, "/sign-in/two-factor").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"name="code""#));
    // Wrong, malformed and empty codes are refused and counted as failed sign-ins.
    for bad in ["123456", "12ab56", "1234567"] {
        let r = app.post_form(&b, "/sign-in/two-factor", &[("code", bad)]).await;
        assert_eq!(r.status(), 422, "{bad}");
    }
    assert_eq!(failures(&app, email).await, 3);
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", "")]).await;
    assert_eq!(r.status(), 422);
    // The code used to confirm enrolment does not work again.
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", &code_at(&app, &secret, 0))]).await;
    assert_eq!(r.status(), 422);

    app.clock.set(app.clock.now() + Duration::seconds(30));
    let code = code_at(&app, &secret, 0);
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", &code)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/organiser/events".to_owned()));
    assert!(signed_in(&app, &b).await);
    assert_eq!(failures(&app, email).await, 0, "a right code clears the failures");
    // The pending sign-in is used up; the same code in a second sign-in is refused.
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", &code)]).await;
    assert_eq!(r.status(), 410);
    let other = password_step(&app, email).await;
    let r = app.post_form(&other, "/sign-in/two-factor", &[("code", &code)]).await;
    assert_eq!(r.status(), 422, "a code works once");
    // The next step's code (a clock a little ahead) works.
    let r = app.post_form(&other, "/sign-in/two-factor", &[("code", &code_at(&app, &secret, 1))]).await;
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_passwords() {
    let app = TestApp::spawn().await;
    let email = "a@example.org";
    let me = app.signed_in(email, Role::Organiser, &["1540"]).await;
    let (secret, _) = enrol(&app, &me).await;
    app.clock.set(app.clock.now() + Duration::seconds(60));
    let b = password_step(&app, email).await;
    let max = app.state.settings.security.sign_in_max_failures;
    for _ in 0..max {
        let r = app.post_form(&b, "/sign-in/two-factor", &[("code", "000000")]).await;
        assert_eq!(r.status(), 422);
    }
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", &code_at(&app, &secret, 0))]).await;
    assert_eq!(r.status(), 429, "even the right code waits out the window");
    let r = app.post_form(&browser(), "/sign-in", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429, "and so does the password");
}

#[tokio::test]
async fn a_recovery_code_works_once() {
    let app = TestApp::spawn().await;
    let email = "a@example.org";
    let me = app.signed_in(email, Role::Organiser, &["1540"]).await;
    let (_, codes) = enrol(&app, &me).await;
    let b = password_step(&app, email).await;
    // Typed in lower case with a space: forgiven.
    let typed = codes[0].to_lowercase().replace('-', " ");
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", &typed)]).await;
    assert_eq!(r.status(), 303);
    assert!(signed_in(&app, &b).await);
    let again = password_step(&app, email).await;
    let r = app.post_form(&again, "/sign-in/two-factor", &[("code", &codes[0])]).await;
    assert_eq!(r.status(), 422, "a used recovery code");
    let (_, page) = app.get(&b, "/account/two-factor").await;
    assert!(page.contains("Recovery codes left: 9"));
    assert!(!page.contains("recovery codes are left"), "no warning with nine left");
    assert_eq!(audited(&app, "user.two_factor_recovery_code_used").await, 1, "a recovery code in use is audited");

    // New codes replace the old.
    // Not without the password or a code: a session alone does not change the second factor.
    let r = app.post_form(&b, "/account/two-factor/recovery-codes", &[]).await;
    assert_eq!(r.status(), 422);
    let r = app.post_form(&b, "/account/two-factor/recovery-codes", &[("confirm_codes", "not my password")]).await;
    assert_eq!(r.status(), 422);
    let r = app.post_form(&b, "/account/two-factor/recovery-codes", &[("confirm_codes", PASSWORD)]).await;
    assert_eq!(r.status(), 200);
    let fresh = shown_codes(&r.text().await.unwrap());
    assert_eq!(fresh.len(), 10);
    let r = app.post_form(&again, "/sign-in/two-factor", &[("code", &codes[1])]).await;
    assert_eq!(r.status(), 422, "an old code after regeneration");
    let r = app.post_form(&again, "/sign-in/two-factor", &[("code", &fresh[0])]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(audited(&app, "user.two_factor_recovery_codes").await, 1);
    assert_eq!(audited(&app, "user.two_factor_recovery_code_used").await, 2, "the refused ones are not");

    // With two left the page says to make new ones.
    for code in &fresh[1..8] {
        let b = password_step(&app, email).await;
        let r = app.post_form(&b, "/sign-in/two-factor", &[("code", code)]).await;
        assert_eq!(r.status(), 303);
    }
    let (_, page) = app.get(&again, "/account/two-factor").await;
    assert!(page.contains("Recovery codes left: 2"));
    assert!(page.contains("Only 2 recovery codes are left"), "a warning with two left");
}

#[tokio::test]
async fn a_pending_sign_in_expires() {
    let app = TestApp::spawn().await;
    let email = "a@example.org";
    let me = app.signed_in(email, Role::Organiser, &["1540"]).await;
    let (secret, _) = enrol(&app, &me).await;
    let b = password_step(&app, email).await;
    app.clock.set(app.clock.now() + Duration::minutes(11));
    let r = app.post_form(&b, "/sign-in/two-factor", &[("code", &code_at(&app, &secret, 0))]).await;
    assert_eq!(r.status(), 410);
    assert!(!signed_in(&app, &b).await);
    // Without any pending sign-in, the page is gone too.
    assert_eq!(app.get(&browser(), "/sign-in/two-factor").await.0, 410);
    // The expired row is deleted by the daily purge, not only by the next sign-in.
    let pending = || pending_sign_in::Entity::find().count(&app.state.db.read);
    assert_eq!(pending().await.unwrap(), 1);
    let purged = convene::jobs::purge::purge_old_links(&app.state.db, 30, app.clock.now()).await.unwrap();
    assert_eq!((purged, pending().await.unwrap()), (1, 0));
}

#[tokio::test]
async fn admins_must_enrol_when_the_setting_is_on() {
    let app = TestApp::spawn_with(|s| s.security.require_2fa_for_admins = true).await;
    app.create_user("admin@example.org", Role::Admin, &[]).await;
    app.create_user("org@example.org", Role::Organiser, &["1540"]).await;
    // Organisers are not asked.
    let org = browser();
    app.sign_in(&org, "org@example.org").await;
    assert!(signed_in(&app, &org).await);

    let b = browser();
    let r = app
        .post_form(&b, "/sign-in", &[("email", "admin@example.org"), ("password", PASSWORD), ("next", "/admin/users")])
        .await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/sign-in/two-factor/enrol".to_owned()));
    assert!(!signed_in(&app, &b).await, "nothing else until enrolled");
    assert_eq!(app.get(&b, "/admin/users").await.0, 303);
    let (status, page) = app.get(&b, "/sign-in/two-factor/enrol").await;
    assert_eq!(status, 200);
    let secret = shown_secret(&page);
    let r = app.post_form(&b, "/sign-in/two-factor/enrol", &[("code", "999999")]).await;
    assert_eq!(r.status(), 422);
    assert!(!signed_in(&app, &b).await);
    let r = app.post_form(&b, "/sign-in/two-factor/enrol", &[("code", &code_at(&app, &secret, 0))]).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert_eq!(shown_codes(&page).len(), 10);
    assert!(page.contains(r#"href="/admin/users""#), "continues where the admin was going");
    assert!(signed_in(&app, &b).await);

    // Next time the code is asked.
    app.clock.set(app.clock.now() + Duration::seconds(30));
    let next = password_step(&app, "admin@example.org").await;
    let r = app.post_form(&next, "/sign-in/two-factor", &[("code", &code_at(&app, &secret, 0))]).await;
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn an_admin_and_the_command_line_reset_two_factor() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let email = "a@example.org";
    let id = app.create_user(email, Role::Organiser, &["1540"]).await;
    let me = browser();
    app.sign_in(&me, email).await;
    enrol(&app, &me).await;

    let (_, page) = app.get(&admin, &format!("/admin/users/{id}")).await;
    assert!(page.contains(&format!("/admin/users/{id}/two-factor/reset")), "{page}");
    // An organiser may not reset anyone's.
    let r = app.post_form(&me, &format!("/admin/users/{id}/two-factor/reset"), &[]).await;
    assert_eq!(r.status(), 403);
    let r = app.post_form(&admin, &format!("/admin/users/{id}/two-factor/reset"), &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(audited(&app, "user.two_factor_reset").await, 1);
    let b = browser();
    app.sign_in(&b, email).await;
    assert!(signed_in(&app, &b).await, "the password alone again");
    assert_eq!(app.post_form(&admin, "/admin/users/99999/two-factor/reset", &[]).await.status(), 404);

    // The command line.
    enrol(&app, &b).await;
    password_step(&app, email).await;
    convene::commands::reset_two_factor((*app.state.settings).clone(), email).await.unwrap();
    assert_eq!(audited(&app, "user.two_factor_reset").await, 2);
    let c = browser();
    app.sign_in(&c, email).await;
    assert!(signed_in(&app, &c).await);
    assert!(convene::commands::reset_two_factor((*app.state.settings).clone(), "nobody@example.org").await.is_err());
}

#[tokio::test]
async fn two_factor_is_turned_off_with_the_password_only() {
    let app = TestApp::spawn().await;
    let email = "a@example.org";
    let me = app.signed_in(email, Role::Organiser, &["1540"]).await;
    enrol(&app, &me).await;
    for bad in ["", "not my password"] {
        let r = app.post_form(&me, "/account/two-factor/off", &[("confirm", bad)]).await;
        assert_eq!(r.status(), 422, "{bad:?}");
    }
    let r = app.post_form(&me, "/account/two-factor/off", &[("confirm", PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/account/two-factor?done=off".to_owned()));
    assert_eq!(audited(&app, "user.two_factor_off").await, 1);
    let b = browser();
    app.sign_in(&b, email).await;
    assert!(signed_in(&app, &b).await);
    // Confirming without having started is refused.
    let r = app.post_form(&me, "/account/two-factor/confirm", &[("code", "123456")]).await;
    assert_eq!(r.status(), 409);
}

#[tokio::test]
async fn production_will_not_start_without_the_key_once_someone_has_two_factor() {
    let app = TestApp::spawn().await;
    let me = app.signed_in("a@example.org", Role::Organiser, &["1540"]).await;
    enrol(&app, &me).await;
    let mut settings = (*app.state.settings).clone();
    settings.environment = convene::config::Environment::Production;
    settings.security.totp_key = String::new();
    // Refused before it listens: the secrets could not be opened, so nobody could sign in.
    let refused = convene::commands::serve(settings, None).await.unwrap_err().to_string();
    assert!(refused.contains("security.totp_key"), "{refused}");
}
