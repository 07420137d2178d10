//! Signed-in staff: an account made through the same rules as the CLI, a browser signed in
//! through the sign-in form, and an API token.

use convene::auth::StaffUser;
use convene::domain::Role;

use crate::helpers::{TestApp, extract_csrf};
use crate::support::api::Api;

/// A staff member with a signed-in browser and an API client of their own.
pub struct Staff {
    base: String,
    /// The account's id.
    pub id: i32,
    /// The sign-in address.
    pub email: String,
    /// A browser signed in as them (cookies kept, redirects not followed).
    pub browser: reqwest::Client,
    /// The JSON API with their token.
    pub api: Api,
    /// The account as the rules see it, for the calls that take one.
    pub user: StaffUser,
}

impl TestApp {
    /// A staff account at `email` with `role` and `programmes`, signed in, with a token.
    pub async fn staff(&self, email: &str, role: Role, programmes: &[&str]) -> Staff {
        let id = self.create_user(email, role, programmes).await;
        self.staff_of(id, email).await
    }

    /// The account `id` at `email`, signed in, with a new token.
    async fn staff_of(&self, id: i32, email: &str) -> Staff {
        let browser = self.new_browser();
        self.sign_in(&browser, email).await;
        let api = self.api_of(id).await;
        let user =
            convene::auth::rules::api_user(&self.state.db, &self.state.api_callers, &api.token, self.clock.now())
                .await
                .unwrap()
                .expect("the new token signs the account in")
                .staff;
        Staff { base: self.base.clone(), id, email: email.to_owned(), browser, api, user }
    }

    /// An organiser of programme 1540 at `email`.
    pub async fn organiser_at(&self, email: &str) -> Staff {
        self.staff(email, Role::Organiser, &["1540"]).await
    }

    /// An organiser of programme 1540 (o@example.org).
    pub async fn organiser(&self) -> Staff {
        self.organiser_at("o@example.org").await
    }

    /// An administrator (admin@example.org).
    pub async fn admin(&self) -> Staff {
        self.staff("admin@example.org", Role::Admin, &[]).await
    }

    /// Check-in staff at `email`, given the desk of `event` before they sign in.
    pub async fn desk_officer(&self, email: &str, event: i32) -> Staff {
        let id = self.create_user(email, Role::CheckIn, &[]).await;
        let cli = convene::audit::Actor::cli();
        convene::auth::rules::assign_checkin_event(&self.state.db, &cli, id, event, self.clock.now()).await.unwrap();
        self.staff_of(id, email).await
    }

    /// An API client for the account `user_id`, with a new token.
    pub async fn api_of(&self, user_id: i32) -> Api {
        Api::new(self, self.api_token(user_id).await)
    }
}

impl Staff {
    /// GET `path` in their browser: the status and the body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let r = self.browser.get(format!("{}{path}", self.base)).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }

    /// GET `path` in their browser as bytes (a file download): the status and the body.
    pub async fn bytes(&self, path: &str) -> (u16, Vec<u8>) {
        let r = self.browser.get(format!("{}{path}", self.base)).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.bytes().await.unwrap().to_vec())
    }

    /// Posts a form in their browser, with the CSRF token their cookie holds.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let (_, page) = self.get("/sign-in").await;
        let csrf = extract_csrf(&page).expect("csrf field on the sign-in page");
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.browser.post(format!("{}{path}", self.base)).form(&all).send().await.unwrap()
    }

    /// Posts a form of owned values (as `post_form`).
    pub async fn post_fields(&self, path: &str, fields: &[(&'static str, String)]) -> reqwest::Response {
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.post_form(path, &pairs).await
    }
}
