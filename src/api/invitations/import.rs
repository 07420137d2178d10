//! Invitations in bulk: a CSV to check or import, and the people of an earlier event copied.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::error::Error;
use crate::i18n::Tr;
use crate::invitations::Office;
use crate::invitations::csv::Row;
use crate::invitations::input::CopyForm;
use crate::invitations::rules;
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson, Page};

/// A CSV to check (`confirm: false`) or import (`confirm: true`).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ImportPayload {
    /// `email,title,given_name,family_name,organisation,country,role,language`, header first;
    /// commas or semicolons.
    pub csv: String,
    /// false: only the preview; true: invite the good rows.
    pub confirm: bool,
}

/// One problem of a row.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowProblemView {
    /// The column: email, given_name, country, role, language… (`line` for the field count)
    pub field: String,
    /// bad_email, missing_name, too_long, control_characters, unknown_country, unknown_role,
    /// unknown_language, duplicate_email, already_invited, field_count
    pub code: String,
    pub message: String,
}

/// A row left out, with its line number in the file (the header is line 1).
#[derive(Debug, Serialize, ToSchema)]
pub struct RowErrorView {
    pub line: u64,
    pub email: String,
    pub problems: Vec<RowProblemView>,
}

/// A row that is (or would be) invited.
#[derive(Debug, Serialize, ToSchema)]
pub struct GoodRowView {
    pub line: u64,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub role: String,
    pub language: String,
}

/// What an import would do, or did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResult {
    /// True when the good rows were invited.
    pub confirmed: bool,
    /// Invitations created (0 for a preview).
    pub created: usize,
    /// Rows left out.
    pub skipped: usize,
    /// Good rows (the preview only).
    pub rows: Vec<GoodRowView>,
    /// Every row left out, with its reasons.
    pub errors: Vec<RowErrorView>,
}

fn problem_code(p: &crate::invitations::csv::Problem) -> String {
    serde_json::to_value(p)
        .ok()
        .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_owned))
        .unwrap_or_default()
}

fn row_error(tr: Tr, r: &Row) -> RowErrorView {
    RowErrorView {
        line: r.line,
        email: r.email.clone(),
        problems: r
            .problems
            .iter()
            .map(|p| RowProblemView {
                field: p.column().to_owned(),
                code: problem_code(p),
                message: tr.msg(&p.message()),
            })
            .collect(),
    }
}

/// Copy people from an earlier event.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CopyPayload {
    /// Id of the earlier event.
    pub from_event: i64,
    /// participants (registrations confirmed or pending; the default) or invitees
    pub what: Option<String>,
}

/// What a copy did.
#[derive(Debug, Serialize, ToSchema)]
pub struct CopyResult {
    /// Invitations created.
    pub created: usize,
    /// People skipped (already invited).
    pub skipped: usize,
}

/// Check a CSV (`confirm: false`: nothing is saved) or invite its good rows (`confirm: true`).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)), request_body = ImportPayload,
    responses((status = 200, description = "The preview", body = ImportResult), (status = 201, description = "Imported", body = ImportResult)),
    security(("bearer" = [])))]
pub async fn import_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    page: Page,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ImportPayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let office = Office::of(&state);
    if body.confirm {
        let outcome = rules::import(&office, &caller, id, &body.csv).await?;
        let errors = outcome.bad.iter().map(|r| row_error(page.tr, r)).collect();
        let result = ImportResult {
            confirmed: true,
            created: outcome.created,
            skipped: outcome.skipped,
            rows: Vec::new(),
            errors,
        };
        return Ok((StatusCode::CREATED, Json(result)).into_response());
    }
    let preview = rules::preview_import(&office, &caller, id, &body.csv).await?;
    let errors: Vec<RowErrorView> = preview.bad().map(|r| row_error(page.tr, r)).collect();
    let rows: Vec<GoodRowView> = preview
        .good()
        .filter_map(|r| {
            let i = r.invitee.as_ref()?;
            Some(GoodRowView {
                line: r.line,
                email: i.person.email.as_str().to_owned(),
                given_name: i.person.given_name.clone(),
                family_name: i.person.family_name.clone(),
                role: i.role.as_str().to_owned(),
                language: i.person.language.code().to_owned(),
            })
        })
        .collect();
    let skipped = errors.len();
    Ok(Json(ImportResult { confirmed: false, created: 0, skipped, rows, errors }).into_response())
}

/// Invite the participants or the invitees of an earlier event (people already invited are skipped).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)), request_body = CopyPayload,
    responses((status = 201, description = "Created: the new record", body = CopyResult)),
    security(("bearer" = [])))]
pub async fn copy_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CopyPayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let form = CopyForm { from_event: body.from_event.to_string(), what: body.what.unwrap_or_default() };
    let (from, what) = form.parse().map_err(Error::Invalid)?;
    let outcome = rules::copy_from(&Office::of(&state), &caller, id, from, what).await?;
    Ok((StatusCode::CREATED, Json(CopyResult { created: outcome.created, skipped: outcome.skipped })).into_response())
}
