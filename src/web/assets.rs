//! The files under `assets/` (stylesheet, page scripts, the check-in console's script), built
//! into the binary and served at `/assets/{file}`: nothing comes from a CDN, since meeting
//! venues often have poor connectivity.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use crate::error::Error;

/// Each served file: its name under `assets/`, its content type and its bytes.
const FILES: &[(&str, &str, &[u8])] = &[
    ("convene.css", "text/css; charset=utf-8", include_bytes!("../../assets/convene.css")),
    ("convene.js", "text/javascript; charset=utf-8", include_bytes!("../../assets/convene.js")),
    ("checkin.js", "text/javascript; charset=utf-8", include_bytes!("../../assets/checkin.js")),
];

/// `GET /assets/{file}`
pub async fn serve_asset(Path(file): Path<String>) -> Result<Response, Error> {
    let (_, kind, body) = FILES.iter().find(|(name, _, _)| *name == file).ok_or(Error::NotFound)?;
    Ok(([(CONTENT_TYPE, *kind), (CACHE_CONTROL, "public, max-age=3600")], *body).into_response())
}
