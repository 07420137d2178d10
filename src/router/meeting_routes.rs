//! The route tables of serviced meetings: the secretariat's pages, the public agenda,
//! documents and side events, and their API.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{at, limited, upload_limit};
use crate::{AppState, api, meetings};

/// Serviced meetings: the secretariat's agenda, chair's view, credentials, documents and side
/// events' requests, the public agenda and its PDFs, the public programme of side events and its feed.
pub(super) fn meeting_pages(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/organiser/events/{id}/agenda", get(meetings::handlers::agenda_page).post(meetings::handlers::add_item))
        .route(
            "/organiser/events/{id}/agenda/{item_id}",
            get(meetings::handlers::item_page).post(meetings::handlers::update_item),
        )
        .route(
            "/organiser/events/{id}/agenda/{item_id}/speakers",
            get(meetings::handlers::chair_page).post(meetings::handlers::inscribe),
        )
        .route(
            "/organiser/events/{id}/agenda/{item_id}/speakers/{speaker_id}/spoke",
            post(meetings::handlers::mark_spoke),
        )
        .route(
            "/organiser/events/{id}/agenda/{item_id}/speakers/{speaker_id}/move",
            post(meetings::handlers::move_speaker),
        )
        .route(
            "/organiser/events/{id}/agenda/{item_id}/speakers/{speaker_id}/withdraw",
            post(meetings::handlers::withdraw),
        )
        .route("/organiser/events/{id}/credentials", get(meetings::handlers::credentials_page))
        .route("/organiser/events/{id}/credentials.csv", get(meetings::handlers::credentials_csv))
        .route(
            "/organiser/events/{id}/credentials/{delegation_id}",
            get(meetings::handlers::credentials_record_page).post(meetings::handlers::record_credentials),
        )
        .route(
            "/organiser/events/{id}/credentials/{delegation_id}/document",
            get(meetings::handlers::credentials_document),
        )
        .route("/organiser/events/{id}/side-events", get(meetings::side_event_handlers::requests_page))
        .route("/organiser/events/{id}/side-events/{side_event_id}", get(meetings::side_event_handlers::request_detail))
        .route(
            "/organiser/events/{id}/side-events/{side_event_id}/approve",
            post(meetings::side_event_handlers::approve),
        )
        .route(
            "/organiser/events/{id}/side-events/{side_event_id}/decline",
            post(meetings::side_event_handlers::decline),
        )
        .route("/events/{id}/agenda", get(meetings::handlers::public_agenda))
        .route("/events/{id}/side-events", get(meetings::side_event_handlers::programme_page))
        .route("/events/{id}/side-events.ics", get(meetings::side_event_handlers::programme_ics))
        .route("/organiser/events/{id}/ngos", get(meetings::ngo_handlers::applications_page))
        .route("/organiser/events/{id}/ngos/admit", post(meetings::ngo_handlers::set_admits))
        .route("/organiser/events/{id}/ngos/{application_id}/accredit", post(meetings::ngo_handlers::accredit))
        .route("/organiser/events/{id}/ngos/{application_id}/decline", post(meetings::ngo_handlers::decline))
        .route("/events/{id}/agenda/{item_id}/speakers.pdf", get(meetings::handlers::list_pdf))
        .merge(document_pages(state))
}

/// Official documents and statements: the secretariat's pages, the public lists and downloads.
fn document_pages(state: &AppState) -> Router<AppState> {
    use meetings::{document_handlers as documents, statement_handlers as statements};
    Router::new()
        .route("/organiser/events/{id}/documents", get(documents::documents_page).post(documents::add_document))
        .route(
            "/organiser/events/{id}/documents/{document_id}",
            get(documents::document_page).post(documents::update_document),
        )
        .route("/organiser/events/{id}/documents/{document_id}/delete", post(documents::delete_document))
        .route(
            "/organiser/events/{id}/documents/{document_id}/versions",
            post(documents::upload_version)
                .layer(DefaultBodyLimit::max(upload_limit(state.settings.documents.max_document_bytes))),
        )
        .route("/organiser/events/{id}/documents/{document_id}/versions/{language}", get(documents::staff_download))
        .route(
            "/organiser/events/{id}/documents/{document_id}/versions/{language}/remove",
            post(documents::remove_version),
        )
        .route("/organiser/events/{id}/statements/{statement_id}", get(statements::staff_download))
        .route("/events/{id}/documents", get(documents::public_page))
        .route("/events/{id}/documents/{document_id}/{language}", get(documents::public_download))
        .route("/events/{id}/statements/{statement_id}", get(statements::public_download))
}

/// The API of serviced meetings: agendas, lists of speakers, credentials, documents, statements.
pub(super) fn api_meetings(state: &AppState) -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(at("/api/v1/events/{id}/credentials", routes!(api::meetings::get_credentials)))
        .routes(at("/api/v1/events/{id}/credentials/report", routes!(api::meetings::get_credentials_report)))
        .routes(at("/api/v1/events/{id}/credentials/{delegation_id}", routes!(api::meetings::record_credentials)))
        .routes(at("/api/v1/events/{id}/agenda", routes!(api::meetings::get_agenda, api::meetings::add_agenda_item)))
        .routes(at("/api/v1/events/{id}/agenda/{item_id}", routes!(api::meetings::update_agenda_item)))
        .routes(at("/api/v1/events/{id}/ngo-applications", routes!(api::ngos::list_ngo_applications)))
        .routes(at("/api/v1/events/{id}/ngo-applications/{application_id}/accredit", routes!(api::ngos::accredit_ngo)))
        .routes(at("/api/v1/events/{id}/ngo-applications/{application_id}/decline", routes!(api::ngos::decline_ngo)))
        .routes(at(
            "/api/v1/events/{id}/agenda/{item_id}/speakers",
            routes!(api::meetings::get_speakers, api::meetings::inscribe),
        ))
        .routes(at(
            "/api/v1/events/{id}/agenda/{item_id}/speakers/{speaker_id}/withdraw",
            routes!(api::meetings::withdraw),
        ))
        .routes(at(
            "/api/v1/events/{id}/agenda/{item_id}/speakers/{speaker_id}/spoke",
            routes!(api::meetings::mark_spoke),
        ))
        .routes(at(
            "/api/v1/events/{id}/agenda/{item_id}/speakers/{speaker_id}/move",
            routes!(api::meetings::move_speaker),
        ))
        .routes(at(
            "/api/v1/events/{id}/documents",
            routes!(api::documents::list_documents, api::documents::add_document),
        ))
        .routes(at("/api/v1/events/{id}/documents/{document_id}", routes!(api::documents::update_document)))
        .routes(limited(
            at(
                "/api/v1/events/{id}/documents/{document_id}/versions/{language}",
                routes!(api::documents::download_version, api::documents::upload_version),
            ),
            upload_limit(state.settings.documents.max_document_bytes),
        ))
        .routes(at("/api/v1/events/{id}/statements", routes!(api::documents::list_statements)))
        .routes(at("/api/v1/events/{id}/side-events", routes!(api::side_events::list_side_events)))
        .routes(at(
            "/api/v1/events/{id}/side-events/{side_event_id}/approve",
            routes!(api::side_events::approve_side_event),
        ))
        .routes(at(
            "/api/v1/events/{id}/side-events/{side_event_id}/decline",
            routes!(api::side_events::decline_side_event),
        ))
}
