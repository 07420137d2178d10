//! The one place where rule errors become HTTP: a status here, then the `render_errors`
//! middleware turns the status into an HTML page (in the reader's language) or a JSON body.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::error::{Error, FieldErrors, Msg};

/// What went wrong, attached to an error response for the renderer.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// Stable machine code (`not_found`, `invalid`…), also used in the JSON body.
    pub code: &'static str,
    /// The sentence to show, if more specific than the status's default.
    pub message: Option<Msg>,
    /// Invalid or clashing fields, for 422 and 409.
    pub fields: FieldErrors,
}

impl Error {
    /// The HTTP status and code of this error.
    pub fn status(&self) -> (StatusCode, &'static str) {
        match self {
            Error::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            Error::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            Error::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
            Error::Csrf => (StatusCode::FORBIDDEN, "csrf"),
            Error::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
            Error::Conflict(_) | Error::Clash(_) => (StatusCode::CONFLICT, "conflict"),
            Error::Gone(_) => (StatusCode::GONE, "gone"),
            Error::Throttled(_) => (StatusCode::TOO_MANY_REQUESTS, "throttled"),
            Error::Db(_) | Error::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, code) = self.status();
        let (message, fields) = match self {
            Error::Invalid(fields) => (None, fields),
            // The fields say what clashes; the sentence is the conflict's.
            Error::Clash(fields) => (Some(Msg::new("err-page-409")), fields),
            Error::Conflict(m) | Error::Gone(m) | Error::Throttled(m) => (Some(m), FieldErrors::new()),
            Error::Csrf => (Some(Msg::new("err-csrf")), FieldErrors::new()),
            Error::Db(e) => {
                // The cause goes to the log, never to the client.
                tracing::error!(error = %e, "database error");
                (None, FieldErrors::new())
            }
            Error::Internal(e) => {
                tracing::error!(error = %e, "internal error");
                (None, FieldErrors::new())
            }
            _ => (None, FieldErrors::new()),
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(Arc::new(ErrorInfo { code, message, fields }));
        response
    }
}

/// The default sentence for a status, as a catalog key.
pub fn default_message(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "err-page-400",
        401 => "err-page-401",
        403 => "err-page-403",
        404 | 405 => "err-page-404",
        409 => "err-page-409",
        410 => "err-page-410",
        413 => "err-page-413",
        415 | 422 => "err-page-422",
        429 => "err-page-429",
        _ => "err-page-500",
    }
}

/// The stable code for a status without an attached [`ErrorInfo`].
pub fn default_code(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        410 => "gone",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "invalid",
        429 => "throttled",
        _ => "internal",
    }
}

/// Bad filters of a report are the reader's mistake: 400 with each field named (never a server error).
pub fn bad_filters(fields: FieldErrors) -> Response {
    let mut response = Error::Invalid(fields).into_response();
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response
}
