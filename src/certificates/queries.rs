//! What the verification page reads from its query string.

use serde::Deserialize;

/// `?code=` of the verification page.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct VerifyQuery {
    /// The verification code printed on the certificate (dashes and case do not matter).
    pub code: Option<String>,
}
