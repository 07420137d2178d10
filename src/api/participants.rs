//! API handlers for the list of participants: the draft and issued revisions as JSON, issuing
//! a revision, and the files — the same rules as the organiser's page.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::error::Error;
use crate::participants::document::{Document, Entry, Figures, Section};
use crate::participants::files::{LangQuery, file};
use crate::participants::rules::{self, Format, RevisionSummary, Symbol, Version};
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson};

/// One person as listed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListedPersonView {
    pub head_of_delegation: bool,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// Title or function.
    pub position: Option<String>,
    pub organisation: Option<String>,
}

/// A delegation: a State or an organisation, head first.
#[derive(Debug, Serialize, ToSchema)]
pub struct DelegationListView {
    pub name: String,
    pub people: Vec<ListedPersonView>,
}

/// One section of the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SectionView {
    pub section: Section,
    /// Its heading in the document's language.
    pub label: String,
    pub delegations: Vec<DelegationListView>,
}

/// An issued list without its rows.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionView {
    /// 0 for the original, n for Rev.n.
    pub revision: i32,
    /// Symbol with its Rev. suffix (may be empty for an original without a symbol).
    pub label: String,
    pub symbol: Option<String>,
    pub issued_at: DateTime<Utc>,
    pub issued_by: String,
    pub participants: i32,
}

impl From<RevisionSummary> for RevisionView {
    fn from(r: RevisionSummary) -> Self {
        Self {
            label: r.label(),
            revision: r.revision,
            symbol: r.symbol,
            issued_at: r.issued_at,
            issued_by: r.issued_by,
            participants: r.participant_count,
        }
    }
}

/// A list of participants (draft or issued) in one language.
#[derive(Debug, Serialize, ToSchema)]
pub struct ParticipantListView {
    pub event_id: i32,
    /// ar, zh, en, fr, ru or es
    pub language: String,
    /// `draft` or the revision number.
    pub version: String,
    /// Symbol with its Rev. suffix; absent for the draft.
    pub label: Option<String>,
    /// When it was issued; absent for the draft.
    pub issued_at: Option<DateTime<Utc>>,
    pub title: String,
    pub place: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub figures: Figures,
    pub sections: Vec<SectionView>,
}

/// The issued lists of an event, latest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionList {
    pub items: Vec<RevisionView>,
}

/// Issuing a list.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct IssuePayload {
    /// Document symbol, e.g. `BWC/MSP/2026/INF.1`; absent or empty keeps the previous one.
    pub symbol: Option<String>,
}

fn person(e: Entry) -> ListedPersonView {
    ListedPersonView {
        head_of_delegation: e.head,
        title: e.title,
        given_name: e.given_name,
        family_name: e.family_name,
        position: e.position,
        organisation: e.organisation,
    }
}

fn view(event_id: i32, version: Version, doc: Document) -> ParticipantListView {
    let tr = crate::i18n::Tr(doc.lang);
    let place = doc.heading.place(doc.lang).to_owned();
    ParticipantListView {
        event_id,
        language: doc.lang.code().to_owned(),
        version: match version {
            Version::Draft => "draft".to_owned(),
            Version::Revision(n) => n.to_string(),
        },
        label: doc.issue.as_ref().map(|i| i.label()),
        issued_at: doc.issue.as_ref().map(|i| i.issued_at),
        title: doc.heading.title,
        place,
        start_date: doc.heading.start_date,
        end_date: doc.heading.end_date,
        figures: doc.figures,
        sections: doc
            .sections
            .into_iter()
            .map(|s| SectionView {
                label: tr.t(&format!("lop-section-{}", s.section.code())),
                section: s.section,
                delegations: s
                    .delegations
                    .into_iter()
                    .map(|d| DelegationListView { name: d.name, people: d.people.into_iter().map(person).collect() })
                    .collect(),
            })
            .collect(),
    }
}

/// The list of participants as it stands now (the draft).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "participants", params(("id" = i32, Path), LangQuery),
    responses((status = 200, description = "Done: the result", body = ParticipantListView)), security(("bearer" = [])))]
pub async fn draft_list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Json<ParticipantListView>, Error> {
    let id = parse_id(&id)?;
    let lang = rules::parse_lang(&q.lang, crate::i18n::Lang::En)?;
    let (_, doc) = rules::document(&state.db, &state.reference, &caller, id, Version::Draft, lang).await?;
    Ok(Json(view(id, Version::Draft, doc)))
}

/// The issued lists of an event (original, Rev.1, …), latest first.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "participants", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = RevisionList)), security(("bearer" = [])))]
pub async fn list_revisions(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RevisionList>, Error> {
    let (_, list) = rules::revisions(&state.db, &caller, parse_id(&id)?).await?;
    Ok(Json(RevisionList { items: list.into_iter().map(RevisionView::from).collect() }))
}

/// Issue the list as it stands: the original first, then Rev.1, Rev.2… (409 when nobody is
/// listed).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "participants", params(("id" = i32, Path)), request_body = IssuePayload,
    responses((status = 201, description = "Created: the new record", body = RevisionView)), security(("bearer" = [])))]
pub async fn issue_revision(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<IssuePayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let symbol = Symbol::parse(body.symbol.as_deref().unwrap_or(""))?;
    let issued = rules::issue(&state.db, &state.reference, &caller, id, symbol, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(RevisionView::from(issued))).into_response())
}

/// One list as JSON: `draft`, or a revision number (0 for the original) exactly as issued.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "participants",
    params(("id" = i32, Path), ("version" = String, Path, description = "`draft`, or 0 for the original, n for Rev.n"), LangQuery),
    responses((status = 200, description = "Done: the result", body = ParticipantListView)), security(("bearer" = [])))]
pub async fn get_list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, version)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Result<Json<ParticipantListView>, Error> {
    let id = parse_id(&id)?;
    let version = Version::parse(&version)?;
    let lang = rules::parse_lang(&q.lang, crate::i18n::Lang::En)?;
    let (_, doc) = rules::document(&state.db, &state.reference, &caller, id, version, lang).await?;
    Ok(Json(view(id, version, doc)))
}

/// One list as a file: printable HTML, PDF, CSV or XLSX.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "participants",
    params(("id" = i32, Path), ("version" = String, Path, description = "`draft`, or 0 for the original, n for Rev.n"),
        ("format" = String, Path, description = "html, pdf, csv or xlsx"), LangQuery),
    responses((status = 200, description = "The file in the format asked for", content(
            (String = "text/html"), (Vec<u8> = "application/pdf"), (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))), security(("bearer" = [])))]
pub async fn download_list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, version, format)): Path<(String, String, String)>,
    Query(q): Query<LangQuery>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let version = Version::parse(&version)?;
    let format = Format::parse(&format)?;
    let lang = rules::parse_lang(&q.lang, crate::i18n::Lang::En)?;
    let (_, doc) = rules::document(&state.db, &state.reference, &caller, id, version, lang).await?;
    Ok(file(doc, id, version, format).await?.into_response())
}
