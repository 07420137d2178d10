//! Staff access (issue 23): API token scopes and expiry, the staff member's sessions and
//! tokens pages, and the client's address behind trusted proxies.

mod proxies;
mod sessions;
mod tokens;
mod two_factor;

use convene::entities::audit_entry;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::TestApp;

/// A browser (cookies, no redirects followed) that sends `headers` with every request.
pub fn browser_with(headers: &[(&'static str, &str)]) -> reqwest::Client {
    let mut map = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        map.insert(*name, value.parse().unwrap());
    }
    crate::helpers::http_client()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(map)
        .build()
        .unwrap()
}

/// The address recorded on the latest audit entry of `action`.
pub async fn audited_address(app: &TestApp, action: &str) -> Option<String> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .order_by_desc(audit_entry::Column::Id)
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("an audit entry")
        .address
}

/// The values of the hidden `session` fields of the sessions page, in its order.
pub fn session_keys(html: &str) -> Vec<String> {
    html.split(r#"name="session" value=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}
