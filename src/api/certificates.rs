//! API handlers of certificates of attendance (list, issue, revoke, download; organisers and
//! admins), of the public verification of a code, and of badges (organisers, admins and the
//! event's check-in staff).

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::certificates::code::VerificationCode;
use crate::certificates::files::{badges_file, certificate_file};
use crate::certificates::queries::VerifyQuery;
use crate::certificates::rules::{self, Issued, Verification};
use crate::entities::certificate;
use crate::error::{Error, FieldErrors, Msg};
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, DeskApiCaller, Page};

/// A certificate as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateView {
    pub id: i32,
    pub registration_id: i32,
    /// The participant's name as printed.
    pub name: String,
    /// Printed on the certificate; checked at `/certificates/verify`.
    pub verification_code: String,
    pub days_attended: i32,
    pub days_total: i32,
    pub issued_at: String,
    /// When its email was queued.
    pub emailed_at: Option<String>,
    /// Set once revoked.
    pub revoked_at: Option<String>,
}

fn view(c: certificate::Model, name: String) -> CertificateView {
    CertificateView {
        id: c.id,
        registration_id: c.registration_id,
        name,
        verification_code: c.verification_code,
        days_attended: c.days_attended,
        days_total: c.days_total,
        issued_at: c.issued_at.to_rfc3339(),
        emailed_at: c.emailed_at.map(|t| t.to_rfc3339()),
        revoked_at: c.revoked_at.map(|t| t.to_rfc3339()),
    }
}

/// An event's rule and the certificates issued.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateList {
    pub event_id: i32,
    /// Share of the days (percent) that earns a certificate; null: the event issues none.
    pub min_attendance_percent: Option<i32>,
    pub days_total: i32,
    /// Whether the event has ended (certificates may be issued).
    pub ended: bool,
    /// Confirmed participants who qualify now.
    pub qualifying: usize,
    pub items: Vec<CertificateView>,
}

/// What an issuing did.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssueResult {
    /// Certificates issued and emailed now.
    pub issued: u32,
    /// Qualifying participants who already had one (or had it revoked).
    pub already: u32,
    /// Confirmed participants who do not qualify.
    pub not_qualifying: u32,
}

impl From<Issued> for IssueResult {
    fn from(i: Issued) -> Self {
        Self { issued: i.issued, already: i.already, not_qualifying: i.not_qualifying }
    }
}

/// The answer of a verification: only what the certificate shows publicly.
#[derive(Debug, Serialize, ToSchema)]
pub struct VerificationView {
    /// valid, revoked or unknown
    pub status: String,
    /// The code as normalised.
    pub code: String,
    pub name: Option<String>,
    pub event_title: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub issued_at: Option<String>,
    pub revoked_at: Option<String>,
}

/// The certificates of an event, with its rule.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "certificates", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = CertificateList)),
    security(("bearer" = [])))]
pub async fn list_certificates(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<CertificateList>, Error> {
    let ov = rules::overview(&state.db, &caller, parse_id(&id)?, state.clock.now()).await?;
    let qualifying = ov.qualifying();
    let items = ov
        .standings
        .into_iter()
        .filter_map(|s| {
            let r = s.registration;
            let name = crate::invitations::rules::full_name(r.title.as_deref(), &r.given_name, &r.family_name);
            s.certificate.map(|c| view(c, name))
        })
        .collect();
    Ok(Json(CertificateList {
        event_id: ov.event.id,
        min_attendance_percent: ov.event.certificate_min_attendance_percent,
        days_total: ov.days_total,
        ended: ov.ended,
        qualifying,
        items,
    }))
}

/// Issue certificates to every qualifying participant who has none (once the event has
/// ended); each is emailed a link to download it. Repeating it issues and sends nothing twice.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "certificates", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = IssueResult),
        (status = 409, description = "no rule, not ended, cancelled, or dates by month", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn issue_certificates(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<IssueResult>, Error> {
    let issued = rules::issue(&state.office, state.clock.now(), &caller, parse_id(&id)?).await?;
    Ok(Json(issued.into()))
}

/// Revoke a certificate: verification then says so, and the participant can no longer
/// download it.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "certificates",
    params(("id" = i32, Path), ("certificate_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = CertificateView),
        (status = 409, description = "already revoked", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn revoke_certificate(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, certificate_id)): Path<(String, String)>,
) -> Result<Json<CertificateView>, Error> {
    let (id, certificate_id) = (parse_id(&id)?, parse_id(&certificate_id)?);
    let c = rules::revoke(&state.db, &caller, id, certificate_id, state.clock.now()).await?;
    let p = rules::for_staff(&state.db, &caller, id, c.id).await?;
    Ok(Json(view(c, p.name())))
}

/// A certificate as a PDF (in its participant's language).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "certificates",
    params(("id" = i32, Path), ("certificate_id" = i32, Path)),
    responses((status = 200, description = "The certificate", content_type = "application/pdf")),
    security(("bearer" = [])))]
pub async fn download_certificate(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, certificate_id)): Path<(String, String)>,
) -> Result<Response, Error> {
    let p = rules::for_staff(&state.db, &caller, parse_id(&id)?, parse_id(&certificate_id)?).await?;
    Ok(certificate_file(&state, p).await?.into_response())
}

/// Verify a certificate's code (public, rate limited per address). A well-formed code is
/// answered 200 with its status; a malformed one 422.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "certificates", params(VerifyQuery),
    responses((status = 200, description = "Done: the result", body = VerificationView)))]
pub async fn verify(
    State(state): State<AppState>,
    Query(q): Query<VerifyQuery>,
) -> Result<Json<VerificationView>, Error> {
    let code = VerificationCode::parse(q.code.as_deref().unwrap_or_default())
        .map_err(|m: Msg| FieldErrors::single("code", m))?;
    let found = rules::verify(&state.db, &code).await?;
    let mut out = VerificationView {
        status: "unknown".into(),
        code: code.as_str().to_owned(),
        name: None,
        event_title: None,
        start_date: None,
        end_date: None,
        issued_at: None,
        revoked_at: None,
    };
    let (facts, status, revoked_at) = match found {
        Verification::Unknown => return Ok(Json(out)),
        Verification::Valid(v) => (v, "valid", None),
        Verification::Revoked(v, at) => (v, "revoked", Some(at.to_rfc3339())),
    };
    out.status = status.into();
    out.name = Some(facts.name);
    out.event_title = Some(facts.event_title);
    out.start_date = Some(facts.start_date.to_string());
    out.end_date = Some(facts.end_date.to_string());
    out.issued_at = Some(facts.issued_at.to_rfc3339());
    out.revoked_at = revoked_at;
    Ok(Json(out))
}

/// Badges of every confirmed participant (eight to an A4 page) with their check-in QR codes.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "certificates", params(("id" = i32, Path)),
    responses((status = 200, description = "The badges", content_type = "application/pdf")),
    security(("bearer" = [])))]
pub async fn event_badges(
    State(state): State<AppState>,
    DeskApiCaller(caller): DeskApiCaller,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    Ok(badges_file(&state, &caller, page.tr, parse_id(&id)?, None).await?.into_response())
}

/// The badge of one confirmed participant.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "certificates",
    params(("id" = i32, Path), ("registration_id" = i32, Path)),
    responses((status = 200, description = "The badge", content_type = "application/pdf")),
    security(("bearer" = [])))]
pub async fn one_badge(
    State(state): State<AppState>,
    DeskApiCaller(caller): DeskApiCaller,
    page: Page,
    Path((id, registration_id)): Path<(String, String)>,
) -> Result<Response, Error> {
    Ok(badges_file(&state, &caller, page.tr, parse_id(&id)?, Some(parse_id(&registration_id)?)).await?.into_response())
}
