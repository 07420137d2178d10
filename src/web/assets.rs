//! CSS and JavaScript built into the binary: nothing comes from a CDN.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use crate::error::Error;

const CSS: &str = include_str!("../../assets/convene.css");
const JS: &str = include_str!("../../assets/convene.js");
/// The check-in console's script lives with its capability.
const CHECKIN_JS: &str = include_str!("../attendance/checkin.js");

/// `GET /assets/{file}`
pub async fn serve_asset(Path(file): Path<String>) -> Result<Response, Error> {
    let (body, kind) = match file.as_str() {
        "convene.css" => (CSS, "text/css; charset=utf-8"),
        "convene.js" => (JS, "text/javascript; charset=utf-8"),
        "checkin.js" => (CHECKIN_JS, "text/javascript; charset=utf-8"),
        _ => return Err(Error::NotFound),
    };
    Ok(([(CONTENT_TYPE, kind), (CACHE_CONTROL, "public, max-age=3600")], body).into_response())
}
