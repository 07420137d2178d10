//! The web layer: layout and components, extractors (language, CSRF, staff, path ids),
//! middleware, error pages, the assets built into the binary, and the health check and
//! language switch.

pub mod assets;
pub mod client_address;
pub mod components;
pub mod cookies;
pub mod errors;
pub mod extract;
pub mod layout;
pub mod middleware;
pub mod page_cache;
pub mod platform;
pub mod ratelimit;
#[cfg(test)]
mod stylesheet;
pub mod upload;

use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

/// A `303 See Other` to `to`: the answer to every successful form POST.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// A relative, same-site path to return to; anything else becomes `fallback`.
pub fn safe_next(next: Option<&str>, fallback: &str) -> String {
    match next {
        Some(n)
            if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.chars().any(char::is_control) =>
        {
            n.to_owned()
        }
        _ => fallback.to_owned(),
    }
}

impl IntoResponse for crate::export::Download {
    fn into_response(self) -> Response {
        let disposition = format!("attachment; filename=\"{}\"", self.filename);
        let headers =
            [(header::CONTENT_TYPE, self.content_type.to_owned()), (header::CONTENT_DISPOSITION, disposition)];
        (headers, self.body).into_response()
    }
}
