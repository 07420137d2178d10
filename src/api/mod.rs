//! The JSON API under `/api/v1`: the organiser's event and schedule actions, with Bearer-token
//! authentication, the same rules and errors as the pages (422 names the fields), and an
//! OpenAPI document generated from the handlers.

pub mod attendance;
pub mod certificates;
pub mod content;
pub mod contract;
pub mod documents;
pub mod donors;
pub mod events;
pub mod invitations;
pub mod jobs;
pub mod meetings;
pub mod ngos;
pub mod participants;
pub mod privacy;
pub mod registrations;
pub mod reports;
pub mod side_events;
pub mod webhooks;

use std::sync::Arc;

use axum::extract::State;
use axum::{Extension, Json};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The frame of the OpenAPI document: its info, tags, security schemes and shared schemas. The
/// operations are collected from the route table (`src/router.rs`), where each is routed.
#[derive(OpenApi)]
#[openapi(
    info(title = "Convene API", description = "Events and schedules of the office. Authenticate with `Authorization: Bearer <token>` (create one on the account's API tokens page or with `convene token create`). A token's scopes decide what it may do: `read` the GET operations, `write` every other one, `checkin` the check-in desk's operations (scan, undo, sync, attendance, badges) whatever their method; anything else is 403, and an expired token is 401."),
    components(schemas(events::EventPayload, events::EventView, events::EventList, events::SessionPayload, events::SessionView, events::ApiErrorBody, events::ApiFieldError,
        events::ClonePayload, events::ClonedView, events::AdjustmentView,
        registrations::RegistrationView, registrations::RegistrationList, registrations::ManualRegistration, registrations::MoveRequest, registrations::MoveResult,
        invitations::InvitePayload, invitations::InvitationView, invitations::InvitationList, invitations::DeliveryView,
        invitations::import::ImportPayload, invitations::import::ImportResult, invitations::import::GoodRowView, invitations::import::RowErrorView,
        invitations::import::RowProblemView, invitations::import::CopyPayload, invitations::import::CopyResult, invitations::ExtendPayload,
        invitations::RemindResult, invitations::delegations::DelegationPayload, invitations::delegations::DelegationView, invitations::delegations::PersonView,
        invitations::delegations::NomineeView, invitations::delegations::NomineeList, crate::invitations::rules::Progress,
        jobs::JobView, jobs::JobRunView,
        participants::ParticipantListView, participants::SectionView, participants::DelegationListView, participants::ListedPersonView,
        participants::RevisionView, participants::RevisionList, participants::IssuePayload,
        crate::participants::document::Figures, crate::participants::document::SectionCount, crate::participants::document::Section,
        crate::attendance::input::ScanItem, crate::attendance::batch::ItemAnswer, crate::attendance::batch::SyncBatch,
        crate::attendance::batch::SyncAnswer, attendance::ScanView, attendance::DayCount, attendance::AttendanceView,
        attendance::CodeRevoked,
        certificates::CertificateView, certificates::CertificateList, certificates::IssueResult, certificates::VerificationView,
        donors::DonorView, donors::ContributionView, donors::DonorFileView, donors::ContactView, donors::DonorCreated, donors::ContactCreated, donors::ContributionCreated, donors::AllocationCreated,
        crate::donors::input::DonorForm, crate::donors::input::ContactForm, crate::donors::input::ContributionForm,
        crate::donors::input::AllocationForm, crate::donors::input::BudgetLineForm,
        crate::donors::rules::EventFunding, crate::donors::rules::FundingSource, crate::donors::rules::BudgetRow,
        crate::donors::report::DonorReport, crate::donors::report::ContributionRow, crate::donors::report::Activity,
        crate::donors::report::Stage, crate::donors::report::Count, crate::donors::report::BreakdownRow,
        crate::donors::report::Outcomes, crate::donors::report::CategoryRow, crate::donors::report::GroupRow,
        crate::donors::report::Consolidated, crate::donors::report::ConsolidatedRow,
        crate::reports::rules::EventReport, crate::reports::rules::ProgrammeReport, crate::reports::rules::Outcomes,
        crate::reports::rules::Filters, crate::reports::rules::Row, crate::reports::rules::EventRow,
        crate::reports::rules::DayAttendance, crate::reports::rules::SessionAttendance,
        crate::reports::rules::EventStage,
        meetings::AgendaView, meetings::AgendaItemView, meetings::AgendaItemPayload, meetings::SpeakerView,
        meetings::SpeakerListView, meetings::InscriptionPayload, meetings::MovePayload,
        meetings::CredentialsView, meetings::CredentialsListView, meetings::CredentialsPayload,
        meetings::ReportStateView, meetings::CredentialsReportView,
        documents::OfficialDocumentView, documents::OfficialDocumentList, documents::OfficialDocumentPayload,
        documents::StatementView, documents::StatementList,
        side_events::SideEventsView, side_events::SideEventView, side_events::SlotView,
        side_events::SideEventApprovalPayload, side_events::SideEventDeclinePayload,
        webhooks::WebhookPayload, webhooks::WebhookView, webhooks::WebhookList, webhooks::WebhookDeliveryView, webhooks::WebhookDeliveryList)),
    modifiers(&BearerAuth),
    tags((name = "events", description = "Events and their schedules"),
        (name = "invitations", description = "Invitations, delegations and nominations"),
        (name = "registrations", description = "Registrations, approval and the waiting list"),
        (name = "participants", description = "The list of participants: draft, issued revisions, files"),
        (name = "admin", description = "Scheduled jobs: list, latest runs, run now; personal data: the next erasure, its early run for one event, erasure of a person on request; webhooks: endpoints, their delivery log, send again (admins only)"),
        (name = "calendars", description = "iCalendar downloads and subscribable feeds (RFC 5545; times in UTC). Public, or authenticated by the private token in the path; errors are HTML pages"),
        (name = "attendance", description = "Check-in (scan, undo, offline sync) and the attendance log; check-in staff may use them for their event"),
        (name = "certificates", description = "Certificates of attendance (list, issue, revoke, PDF), the public verification of a code, and badges (check-in staff may print their event's)"),
        (name = "reports", description = "Reports: one event's outcomes and the outcomes across events (programme, series, unit, period)"),
        (name = "meetings", description = "Serviced meetings: the agenda and each item's list of speakers (inscribe, withdraw, move, spoke), credentials, official documents and their language versions, delegations' statements, side events (confirmed requests; approval with a room and a time that no session or other side event holds, or decline with a reason); the order rule puts statements on behalf of groups first, States before observers, then protocol level, then first come, first served"),
        (name = "funding", description = "Donors, contributions, allocations and event budgets (staff); donor reports (admins per donor, or the signed-in donor contact's own, never a person's data)"))
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        // The donor portal's own report is read with the donor contact's session cookie.
        components.add_security_scheme(
            "donor_session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::donors::access::COOKIE))),
        );
    }
}

/// The `path` of each documented handler's `#[utoipa::path]`: left empty, because its URL is
/// declared once, in the route table (`src/router.rs`), which documents the operation there.
pub const URL_IN_ROUTER: &str = "";

/// The document derived from the routes and their handlers, kept as JSON text from the
/// router's construction on, before `contract` adds what derivation cannot say. As text it
/// holds a tenth of what the parsed tree would hold for the server's whole life; the tree is
/// built again for each (rare) request of the document.
#[derive(Clone)]
pub struct Derived(Arc<str>);

impl Derived {
    /// Keeps the document the route table collected.
    pub fn new(openapi: &utoipa::openapi::OpenApi) -> Self {
        Self(serde_json::to_string(openapi).unwrap_or_default().into())
    }

    /// The document as a tree to add to.
    fn tree(&self) -> serde_json::Value {
        serde_json::from_str(&self.0).unwrap_or_default()
    }
}

/// `GET /api/v1/openapi.json`: the document with the shared error answers and the rules of
/// every request field, closed lists (countries, programmes, units) read from the reference data.
pub async fn openapi_json(
    State(state): State<crate::AppState>,
    Extension(derived): Extension<Derived>,
) -> Result<Json<serde_json::Value>, crate::error::Error> {
    use crate::entities::{contribution, event, series};
    use sea_orm::{EntityTrait, QuerySelect};
    let series =
        series::Entity::find().select_only().column(series::Column::Code).into_tuple().all(&state.db.read).await?;
    let events = event::Entity::find().select_only().column(event::Column::Id).into_tuple().all(&state.db.read).await?;
    let contributions = contribution::Entity::find()
        .select_only()
        .column(contribution::Column::Id)
        .into_tuple()
        .all(&state.db.read)
        .await?;
    let records = contract::Records { series, events, contributions };
    Ok(Json(contract::document(derived.tree(), &state.reference, records)))
}
