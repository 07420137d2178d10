//! Single sign-on against a real OpenID provider: `oidc-provider-mock` (PyPI), started by each
//! test as a child process on a free loopback port and killed when the test ends. Without it
//! the provider tests say so in one line and pass, unless `CONVENE_REQUIRE_OIDC=1` (as in CI)
//! makes that a failure. The browser's redirects are followed by hand; the provider's
//! authorisation form is posted with the subject to sign in as.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use convene::auth::rules;
use convene::domain::Role;
use convene::entities::{audit_entry, sso_request};
use reqwest::redirect::Policy;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{TestApp, extract_csrf, location};

/// The variable that makes a missing provider a failure (CI sets it, so CI never skips).
const REQUIRE: &str = "CONVENE_REQUIRE_OIDC";
/// The provider's command (`pip install oidc-provider-mock`); `CONVENE_TEST_OIDC_PROVIDER` names another.
const COMMAND: &str = "oidc-provider-mock";

/// A running `oidc-provider-mock`, killed when dropped (also when the test fails).
struct Provider {
    child: Child,
    /// `http://127.0.0.1:PORT`, also its issuer.
    issuer: String,
    /// A client of the provider's own (its cookies are not the browser's business).
    http: reqwest::Client,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find_command() -> Option<std::path::PathBuf> {
    if let Ok(path) = std::env::var("CONVENE_TEST_OIDC_PROVIDER") {
        return Some(path.into());
    }
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths).map(|dir| dir.join(COMMAND)).find(|p| p.is_file())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Provider {
    /// Starts the provider, or returns `None` after one line saying `test` is skipped.
    async fn start_or_skip(test: &str) -> Option<Self> {
        let Some(command) = find_command() else {
            assert!(
                std::env::var(REQUIRE).as_deref() != Ok("1"),
                "{test}: no {COMMAND}, and {REQUIRE}=1 requires it: pip install oidc-provider-mock"
            );
            eprintln!("{test}: skipped: no {COMMAND}; pip install oidc-provider-mock to run it");
            return None;
        };
        let port = free_port();
        let child = Command::new(command)
            .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--require-nonce", "true"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start oidc-provider-mock");
        let http = crate::helpers::http_client().redirect(Policy::none()).build().unwrap();
        let provider = Self { child, issuer: format!("http://127.0.0.1:{port}"), http };
        // Ready when it serves its discovery document (a Python start takes a second or two).
        let discovery = format!("{}/.well-known/openid-configuration", provider.issuer);
        for _ in 0..300 {
            if let Ok(r) = provider.http.get(&discovery).send().await
                && r.status() == 200
            {
                return Some(provider);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{test}: {COMMAND} did not serve {discovery}");
    }

    /// Sets the claims the provider gives for subject `sub`.
    async fn set_user(&self, sub: &str, claims: serde_json::Value) {
        let r = self.http.put(format!("{}/users/{sub}", self.issuer)).json(&claims).send().await.unwrap();
        assert_eq!(r.status(), 204, "set the claims of {sub}");
    }

    /// The person at the provider's form: posts it for `sub` (or denies), gives where the
    /// provider sends the browser back (the path and query on Convene).
    async fn authorize(&self, authorize_url: &str, answer: &[(&str, &str)]) -> String {
        assert!(authorize_url.starts_with(&format!("{}/", self.issuer)), "{authorize_url}");
        let r = self.http.post(authorize_url).form(answer).send().await.unwrap();
        assert_eq!(r.status(), 302, "the provider answers with a redirect");
        let back = location(&r);
        let url = reqwest::Url::parse(&back).unwrap();
        assert_eq!(url.path(), "/sign-in/sso/callback");
        format!("{}?{}", url.path(), url.query().unwrap_or_default())
    }
}

/// An app whose single sign-on goes to `issuer`.
async fn app_with_sso(issuer: &str, password_sign_in: bool) -> TestApp {
    let issuer = issuer.to_owned();
    TestApp::spawn_with(move |s| {
        s.sso.enabled = true;
        s.sso.issuer_url = issuer;
        s.sso.client_id = "convene-test".into();
        s.sso.client_secret = "convene-test-secret".into();
        s.sso.password_sign_in = password_sign_in;
    })
    .await
}

/// The browser presses "Sign in with single sign-on": gives the provider's authorisation URL.
async fn press_sso(app: &TestApp, browser: &reqwest::Client) -> String {
    let r = app.post_form(browser, "/sign-in/sso", &[("next", "/organiser/events")]).await;
    assert_eq!(r.status(), 303);
    location(&r)
}

/// A whole sign-in as `sub`: the answer Convene gives the provider's redirect.
async fn sign_in_as(app: &TestApp, provider: &Provider, browser: &reqwest::Client, sub: &str) -> reqwest::Response {
    let authorize = press_sso(app, browser).await;
    for part in ["code_challenge_method=S256", "code_challenge=", "nonce=", "state=", "scope=openid+email"] {
        assert!(authorize.contains(part), "{part} in {authorize}");
    }
    let back = provider.authorize(&authorize, &[("sub", sub)]).await;
    browser.get(app.url(&back)).send().await.unwrap()
}

async fn audited(app: &TestApp, action: &str) -> Vec<audit_entry::Model> {
    audit_entry::Entity::find().filter(audit_entry::Column::Action.eq(action)).all(&app.state.db.read).await.unwrap()
}

#[tokio::test]
async fn a_verified_address_of_a_staff_account_signs_in_and_others_are_refused() {
    let Some(provider) = Provider::start_or_skip("sso sign-in").await else { return };
    let app = app_with_sso(&provider.issuer, true).await;
    let staff = app.create_user("focal.point@example.org", Role::Organiser, &["1540"]).await;
    let page = app.get(&app.new_browser(), "/sign-in").await.1;
    assert!(page.contains(r#"action="/sign-in/sso""#) && page.contains(r#"name="password""#), "both ways offered");

    // Known and verified, in other letter case: signed in, back where the person started.
    provider.set_user("alice", serde_json::json!({"email": "Focal.Point@EXAMPLE.org", "email_verified": true})).await;
    let browser = app.new_browser();
    let r = sign_in_as(&app, &provider, &browser, "alice").await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/organiser/events");
    let back = r.url().path().to_owned() + "?" + r.url().query().unwrap();
    assert_eq!(app.get(&browser, "/organiser/events").await.0, 200);
    let signed_in = audited(&app, "user.sign_in_sso").await;
    assert_eq!(signed_in.len(), 1);
    assert_eq!(
        (signed_in[0].actor_user_id, signed_in[0].entity_id.as_str()),
        (Some(staff), staff.to_string().as_str())
    );
    // The request was used once: the same answer again is refused, and nothing is left behind.
    let replay = browser.get(app.url(&back)).send().await.unwrap();
    assert_eq!(replay.status(), 400);
    assert_eq!(sso_request::Entity::find().count(&app.state.db.read).await.unwrap(), 0);

    // An address no staff account has: refused, with the address named; never an account.
    provider.set_user("bob", serde_json::json!({"email": "nobody@example.org", "email_verified": true})).await;
    let stranger = app.new_browser();
    let r = sign_in_as(&app, &provider, &stranger, "bob").await;
    assert_eq!(r.status(), 403);
    let body = r.text().await.unwrap();
    assert!(body.contains("No staff account matches nobody@example.org"), "{body}");
    assert_ne!(app.get(&stranger, "/organiser/events").await.0, 200);
    assert!(
        rules::find_user(&app.state.db.read, &convene::domain::Email::parse("nobody@example.org").unwrap())
            .await
            .unwrap()
            .is_none()
    );

    // The staff member's address, but not verified (false, or no claim at all): refused.
    provider.set_user("carol", serde_json::json!({"email": "focal.point@example.org", "email_verified": false})).await;
    provider.set_user("dave", serde_json::json!({"email": "focal.point@example.org"})).await;
    for sub in ["carol", "dave"] {
        let unverified = app.new_browser();
        let r = sign_in_as(&app, &provider, &unverified, sub).await;
        assert_eq!(r.status(), 403, "{sub}");
        let body = r.text().await.unwrap();
        assert!(body.contains("did not confirm that your email address is verified"), "{sub}: {body}");
        assert_ne!(app.get(&unverified, "/organiser/events").await.0, 200, "{sub}");
    }
    let refusals: Vec<String> = audited(&app, "user.sign_in_sso_refused")
        .await
        .into_iter()
        .map(|e| format!("{} {}", e.actor, e.after.unwrap_or_default()))
        .collect();
    assert_eq!(
        refusals,
        [
            r#"nobody@example.org {"reason":"no_account"}"#,
            r#"sso {"reason":"unverified"}"#,
            r#"sso {"reason":"unverified"}"#
        ]
    );
    assert_eq!(audited(&app, "user.sign_in_sso").await.len(), 1);
}

#[tokio::test]
async fn a_disabled_account_and_a_refusal_at_the_provider_do_not_sign_in() {
    let Some(provider) = Provider::start_or_skip("sso disabled account").await else { return };
    let app = app_with_sso(&provider.issuer, true).await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let id = app.create_user("gone@example.org", Role::Organiser, &["1540"]).await;
    let r = app
        .post_form(
            &admin,
            &format!("/admin/users/{id}"),
            &[("role", "organiser"), ("programme", "1540"), ("disabled", "on")],
        )
        .await;
    assert_eq!(r.status(), 303);
    provider.set_user("erin", serde_json::json!({"email": "gone@example.org", "email_verified": true})).await;
    let browser = app.new_browser();
    let r = sign_in_as(&app, &provider, &browser, "erin").await;
    assert_eq!(r.status(), 403);
    let body = r.text().await.unwrap();
    assert!(body.contains("This account is disabled"), "{body}");
    assert_ne!(app.get(&browser, "/organiser/events").await.0, 200);

    // The person denies at the provider: it sends an error back, not a code.
    let authorize = press_sso(&app, &browser).await;
    let back = provider.authorize(&authorize, &[("action", "deny")]).await;
    assert!(back.contains("error=access_denied"), "{back}");
    let r = browser.get(app.url(&back)).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let body = r.text().await.unwrap();
    assert!(body.contains("did not complete the sign-in"), "{body}");
    assert_ne!(app.get(&browser, "/organiser/events").await.0, 200);

    // A provider that sends no `email_verified` (Entra ID), trusted with
    // `require_email_verified = false`: the address alone signs in.
    let issuer = provider.issuer.clone();
    let lenient = TestApp::spawn_with(move |s| {
        s.sso.enabled = true;
        s.sso.issuer_url = issuer;
        s.sso.client_id = "convene-test".into();
        s.sso.client_secret = "convene-test-secret".into();
        s.sso.require_email_verified = false;
    })
    .await;
    lenient.create_user("focal.point@example.org", Role::Organiser, &["1540"]).await;
    provider.set_user("frank", serde_json::json!({"email": "focal.point@example.org"})).await;
    let browser = lenient.new_browser();
    let r = sign_in_as(&lenient, &provider, &browser, "frank").await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    assert_eq!(lenient.get(&browser, "/organiser/events").await.0, 200);
}

#[tokio::test]
async fn an_answer_with_a_bad_state_or_in_another_browser_is_refused() {
    let Some(provider) = Provider::start_or_skip("sso bad state").await else { return };
    let app = app_with_sso(&provider.issuer, true).await;
    app.create_user("focal.point@example.org", Role::Organiser, &["1540"]).await;
    provider.set_user("alice", serde_json::json!({"email": "focal.point@example.org", "email_verified": true})).await;
    let browser = app.new_browser();
    let authorize = press_sso(&app, &browser).await;
    let back = provider.authorize(&authorize, &[("sub", "alice")]).await;
    let state = back.split('&').chain(back.split('?')).find_map(|p| p.strip_prefix("state=")).unwrap().to_owned();

    // A changed state, a missing one, and a made-up one: refused, nobody signed in.
    let mut tampered = state.clone();
    tampered.replace_range(0..1, if state.starts_with('A') { "B" } else { "A" });
    for bad in [back.replace(&state, &tampered), back.replace(&format!("state={state}"), ""), back.replace(&state, "x")]
    {
        let r = browser.get(app.url(&bad)).send().await.unwrap();
        assert_eq!(r.status(), 400, "{bad}");
        let body = r.text().await.unwrap();
        assert!(body.contains("expired or was started in another browser"), "{body}");
    }
    // The right answer delivered to another browser (a sign-in forced on someone): refused.
    let other = app.new_browser();
    assert_eq!(other.get(app.url(&back)).send().await.unwrap().status(), 400);
    assert_ne!(app.get(&other, "/organiser/events").await.0, 200);
    // The browser that started it still finishes (the refusals above did not use it up).
    let r = browser.get(app.url(&back)).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.get(&browser, "/organiser/events").await.0, 200);
}

#[tokio::test]
async fn with_password_sign_in_off_only_single_sign_on_and_command_line_links_sign_in() {
    // No provider listens on this port: the app starts anyway and says the provider is down.
    let down = format!("http://127.0.0.1:{}", free_port());
    let app = app_with_sso(&down, false).await;
    let id = app.create_user("focal.point@example.org", Role::Admin, &[]).await;
    let browser = app.new_browser();
    let (status, page) = app.get(&browser, "/sign-in").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"action="/sign-in/sso""#), "the single sign-on button");
    assert!(!page.contains(r#"name="password""#), "no password form");
    assert!(page.contains("Staff sign in through single sign-on."), "{page}");

    // The password form's POST with the right password: refused, no session.
    let r = app
        .post_form(
            &browser,
            "/sign-in",
            &[("email", "focal.point@example.org"), ("password", crate::helpers::PASSWORD)],
        )
        .await;
    assert_eq!(r.status(), 403);
    let body = r.text().await.unwrap();
    assert!(body.contains("password or a one-time link is switched off"), "{body}");
    assert_ne!(app.get(&browser, "/organiser/events").await.0, 200);

    // A link from the admin's pages does not work; the command line's break-glass link does.
    let now = app.clock.now();
    let admin_link = rules::create_sign_in_link(&app.state.db.write, id, now, 60).await.unwrap();
    assert_eq!(app.get(&browser, &format!("/sign-in/link/{admin_link}")).await.0, 410);
    assert_eq!(app.post_form(&browser, &format!("/sign-in/link/{admin_link}"), &[]).await.status(), 410);
    let break_glass =
        rules::issue_break_glass_link(&app.state.db, &app.state.settings.security, id, now).await.unwrap();
    let (status, page) = app.get(&browser, &format!("/sign-in/link/{break_glass}")).await;
    assert_eq!(status, 200);
    let csrf = extract_csrf(&page).unwrap();
    let r = browser
        .post(app.url(&format!("/sign-in/link/{break_glass}")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.get(&browser, "/organiser/events").await.0, 200);
    // Signed in, the admin cannot hand out links that would not work.
    let r = app.post_form(&browser, &format!("/admin/users/{id}/sign-in-link"), &[]).await;
    assert_eq!(r.status(), 409);

    // The provider is down: the button says so, and nothing is recorded.
    let r = app.post_form(&app.new_browser(), "/sign-in/sso", &[("next", "/organiser")]).await;
    assert_eq!(r.status(), 503);
    let body = r.text().await.unwrap();
    assert!(body.contains("The identity provider cannot be reached"), "{body}");
    assert_eq!(sso_request::Entity::find().count(&app.state.db.read).await.unwrap(), 0);
}

#[tokio::test]
async fn without_single_sign_on_there_is_no_button_and_no_route() {
    let app = TestApp::spawn().await;
    let browser = app.new_browser();
    let page = app.get(&browser, "/sign-in").await.1;
    assert!(page.contains(r#"name="password""#));
    assert!(!page.contains("/sign-in/sso"));
    assert_eq!(app.post_form(&browser, "/sign-in/sso", &[]).await.status(), 404);
    assert_eq!(app.get(&browser, "/sign-in/sso/callback?code=x&state=y").await.0, 404);
}
