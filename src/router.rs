//! The one route table: every path of the service, grouped by audience.

use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use axum::{Extension, Router};
use utoipa::OpenApi as _;
use utoipa::openapi::path::PathsBuilder;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter, UtoipaMethodRouterExt as _};
use utoipa_axum::routes;

mod meeting_routes;

use crate::web::{assets, client_address, middleware, platform, ratelimit};
use crate::{
    AppState, admin, api, attendance, auth, calendar, certificates, dashboard, donors, events, invitations, meetings,
    participants, privacy, registration, reports, webhooks,
};

/// Largest CSV import (form or API): 20,000 rows with room to spare.
const CSV_UPLOAD_LIMIT: usize = 32 * 1024 * 1024;
/// Largest nomination form: a 5 MB note verbale and the rows, with room for a clear error
/// on a slightly larger file.
const NOMINATION_UPLOAD_LIMIT: usize = 12 * 1024 * 1024;

/// The body limit of an upload route whose file may have `file_limit` bytes: room for the
/// form's other parts, so that the file store's own limit answers first with a clear message.
fn upload_limit(file_limit: u64) -> usize {
    usize::try_from(file_limit).unwrap_or(usize::MAX).saturating_add(1024 * 1024)
}

/// Builds the router with its middleware: one route table per audience, merged. The tables with
/// routes in the OpenAPI document collect it as they route, and the document is served from it.
pub fn build(state: AppState) -> Router {
    let (documented, document) = OpenApiRouter::with_openapi(api::ApiDoc::openapi())
        .merge(participant_links(&state))
        .merge(calendars())
        .merge(api())
        .merge(api_participants_and_attendance())
        .merge(api_funding_and_admin())
        .merge(meeting_routes::api_meetings(&state))
        .split_for_parts();
    Router::new()
        .merge(public())
        .merge(staff_sign_in())
        .merge(organiser())
        .merge(invitations())
        .merge(participant_list())
        .merge(report_pages())
        .merge(registration())
        .merge(certificates())
        .merge(checkin())
        .merge(funding())
        .merge(donor_links(&state))
        .merge(donor())
        .merge(admin())
        .merge(personal_data())
        .merge(meeting_routes::meeting_pages(&state))
        .merge(documented)
        .route("/api/v1/openapi.json", get(api::openapi_json).layer(Extension(api::Derived::new(&document))))
        .route_layer(from_fn(middleware::remember_route))
        .layer(from_fn_with_state(state.clone(), middleware::around_request))
        .layer(from_fn_with_state(state.clone(), client_address::resolve))
        .with_state(state)
}

/// The public pages: events, programmes, the language switch, health and static files.
fn public() -> Router<AppState> {
    Router::new()
        .route("/", get(events::handlers::public_home))
        .route("/events/{id}", get(events::handlers::public_event))
        .route("/programmes/{code}", get(events::handlers::public_programme))
        .route("/language", get(platform::switch_language))
        .route("/privacy", get(privacy::handlers::notice))
        .route("/healthz", get(platform::health))
        .route("/assets/{file}", get(assets::serve_asset))
}

/// Staff sign-in, sign-out and one's own password.
fn staff_sign_in() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(auth::handlers::sign_in_page).post(auth::handlers::sign_in))
        .route("/sign-in/link/{token}", get(auth::handlers::link_page).post(auth::handlers::use_link))
        .route("/sign-in/sso", post(auth::oidc::handlers::start))
        .route("/sign-in/sso/callback", get(auth::oidc::handlers::callback))
        .route("/sign-out", post(auth::handlers::sign_out))
        .route("/account/password", get(auth::handlers::password_page).post(auth::handlers::change_password))
        .route("/account/sessions", get(auth::account::sessions_page))
        .route("/account/sessions/end", post(auth::account::end_session))
        .route("/account/sessions/end-others", post(auth::account::end_other_sessions))
        .route("/account/tokens", get(auth::account::tokens_page).post(auth::account::create_token))
        .route("/account/tokens/{id}/revoke", post(auth::account::revoke_token))
        .route(
            "/sign-in/two-factor",
            get(auth::two_factor::handlers::code_page).post(auth::two_factor::handlers::submit_code),
        )
        .route(
            "/sign-in/two-factor/enrol",
            get(auth::two_factor::handlers::enrol_page).post(auth::two_factor::handlers::submit_enrol),
        )
        .route("/account/two-factor", get(auth::two_factor::handlers::account_page))
        .route("/account/two-factor/start", post(auth::two_factor::handlers::start))
        .route("/account/two-factor/confirm", post(auth::two_factor::handlers::confirm))
        .route("/account/two-factor/recovery-codes", post(auth::two_factor::handlers::regenerate))
        .route("/account/two-factor/off", post(auth::two_factor::handlers::turn_off))
}

/// The organiser's events and their sessions.
fn organiser() -> Router<AppState> {
    Router::new()
        .route("/organiser", get(dashboard::handlers::home_page))
        .route("/organiser/events", get(events::handlers::list_events).post(events::handlers::create_event))
        .route("/organiser/events/new", get(events::handlers::new_event_page))
        .route("/organiser/events/{id}", get(events::handlers::show_event).post(events::handlers::update_event))
        .route("/organiser/events/{id}/edit", get(events::handlers::edit_event_page))
        .route("/organiser/events/{id}/clone", get(events::handlers::clone_page).post(events::handlers::clone_event))
        .route("/organiser/events/{id}/publish", post(events::handlers::publish_event))
        .route("/organiser/events/{id}/cancel", post(events::handlers::cancel_event))
        .route("/organiser/events/{id}/sessions", post(events::handlers::add_session))
        .route(
            "/organiser/events/{id}/sessions/{session_id}",
            get(events::handlers::edit_session_page).post(events::handlers::update_session),
        )
        .route("/organiser/events/{id}/sessions/{session_id}/delete", post(events::handlers::delete_session))
}

/// Invitations and delegations (organisers) and nominations (focal points' links).
fn invitations() -> Router<AppState> {
    Router::new()
        .route(
            "/organiser/events/{id}/invitations",
            get(invitations::handlers::list_invitations).post(invitations::handlers::invite_one),
        )
        .route("/organiser/events/{id}/invitations/new", get(invitations::handlers::new_invitation_page))
        .route("/organiser/events/{id}/invitations/progress", get(invitations::handlers::invitation_progress))
        .route(
            "/organiser/events/{id}/invitations/import",
            get(invitations::handlers::import_page)
                .post(invitations::handlers::preview_import)
                .layer(DefaultBodyLimit::max(CSV_UPLOAD_LIMIT)),
        )
        .route(
            "/organiser/events/{id}/invitations/import/confirm",
            post(invitations::handlers::confirm_import).layer(DefaultBodyLimit::max(CSV_UPLOAD_LIMIT)),
        )
        .route(
            "/organiser/events/{id}/invitations/copy",
            get(invitations::handlers::copy_page).post(invitations::handlers::copy_invitations),
        )
        .route("/organiser/events/{id}/invitations/remind", post(invitations::handlers::remind_all))
        .route("/organiser/events/{id}/invitations/paragraph", post(invitations::handlers::save_paragraph))
        .route(
            "/organiser/events/{id}/invitations/{invitation_id}/resend",
            post(invitations::handlers::resend_invitation),
        )
        .route(
            "/organiser/events/{id}/invitations/{invitation_id}/revoke",
            post(invitations::handlers::revoke_invitation),
        )
        .route(
            "/organiser/events/{id}/invitations/{invitation_id}/extend",
            post(invitations::handlers::extend_invitation),
        )
        .route(
            "/organiser/events/{id}/delegations",
            get(invitations::handlers::list_delegations).post(invitations::handlers::create_delegation),
        )
        .route(
            "/organiser/events/{id}/delegations/{delegation_id}/note-verbale",
            get(invitations::handlers::download_note_verbale),
        )
}

/// The links emailed to people (nominations, invitations, verifications, manage links) and the
/// open registration, rate limited per address.
fn participant_links(state: &AppState) -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .route(
            "/n/{token}",
            get(invitations::handlers::nomination_page)
                .post(invitations::handlers::nominate)
                .layer(DefaultBodyLimit::max(NOMINATION_UPLOAD_LIMIT)),
        )
        .route(
            "/i/{token}",
            get(registration::handlers::invitation_page).post(registration::handlers::register_invited),
        )
        .route("/i/{token}/decline", post(registration::handlers::decline))
        .route(
            "/i/{token}/new-link",
            get(registration::handlers::new_link_page).post(registration::handlers::email_new_link_invited),
        )
        .route(
            "/events/{id}/register",
            get(registration::handlers::open_page).post(registration::handlers::request_verification),
        )
        .route("/v/{token}", get(registration::handlers::verified_page).post(registration::handlers::register_verified))
        .route("/v/{token}/new-link", post(registration::handlers::email_new_link_verified))
        .route("/links/new", get(registration::handlers::new_links_page).post(registration::handlers::email_new_links))
        .route("/r/{token}", get(registration::handlers::manage_page).post(registration::handlers::update_details))
        .route("/r/{token}/cancel", post(registration::handlers::cancel))
        .route("/n/{token}/speakers", get(meetings::handlers::link_page).post(meetings::handlers::link_inscribe))
        .route(
            "/events/{id}/side-events/request",
            get(meetings::side_event_handlers::request_page).post(meetings::side_event_handlers::send_request),
        )
        .route(
            "/side-events/confirm/{token}",
            get(meetings::side_event_handlers::confirm_page).post(meetings::side_event_handlers::confirm),
        )
        .route("/n/{token}/speakers/{speaker_id}/withdraw", post(meetings::handlers::link_withdraw))
        .route(
            "/n/{token}/credentials",
            get(meetings::handlers::link_credentials)
                .post(meetings::handlers::link_upload_credentials)
                .layer(DefaultBodyLimit::max(upload_limit(state.settings.documents.max_credentials_bytes))),
        )
        .route("/n/{token}/credentials/document", get(meetings::handlers::link_credentials_document))
        .route(
            "/n/{token}/statements",
            get(meetings::statement_handlers::link_page)
                .post(meetings::statement_handlers::link_upload)
                .layer(DefaultBodyLimit::max(upload_limit(state.settings.documents.max_document_bytes))),
        )
        .route("/n/{token}/statements/{statement_id}", get(meetings::statement_handlers::link_download))
        .route("/n/{token}/statements/{statement_id}/withdraw", post(meetings::statement_handlers::link_withdraw))
        .route("/r/{token}/documents", get(meetings::document_handlers::participant_page))
        .route("/r/{token}/documents/{document_id}/{language}", get(meetings::document_handlers::participant_download))
        .route(
            "/events/{id}/ngo-application",
            get(meetings::ngo_handlers::application_page).post(meetings::ngo_handlers::submit_application),
        )
        .route("/ngo/v/{token}", get(meetings::ngo_handlers::confirm_page).post(meetings::ngo_handlers::confirm))
        .route("/r/{token}/accept", post(registration::handlers::accept))
        .route("/r/{token}/data", get(privacy::handlers::your_data_page))
        .route("/r/{token}/data.json", get(privacy::handlers::your_data_json))
        .routes(at("/r/{token}/event.ics", routes!(calendar::handlers::registration_ics)))
        .route("/r/{token}/calendar-feed", post(calendar::handlers::issue_feed))
        .route("/r/{token}/calendar-feed/revoke", post(calendar::handlers::revoke_feed))
        .routes(at("/calendar/private/{token}/events.ics", routes!(calendar::handlers::feed_private)))
        .route("/r/{token}/checkin.svg", get(attendance::handlers::qr_code))
        .route("/r/{token}/certificate", get(certificates::handlers::participant_page))
        .route("/r/{token}/certificate.pdf", get(certificates::handlers::participant_download))
        // Public, but rate limited like the link pages: codes must not be guessed in bulk.
        .route("/certificates/verify", get(certificates::handlers::verify_page))
        .routes(at("/api/v1/certificates/verify", routes!(api::certificates::verify)))
        .route_layer(from_fn_with_state(state.clone(), ratelimit::limit_links))
}

/// The organiser's registrations: list, manual add, export, moves and reminders.
fn registration() -> Router<AppState> {
    Router::new()
        .route(
            "/organiser/events/{id}/registrations",
            get(registration::handlers::list_page).post(registration::handlers::add),
        )
        .route("/organiser/events/{id}/registrations/new", get(registration::handlers::new_page))
        .route("/organiser/events/{id}/registrations/export.csv", get(registration::handlers::export_csv))
        .route("/organiser/events/{id}/registrations/move", post(registration::handlers::move_selected))
        .route("/organiser/events/{id}/registrations/{registration_id}", get(registration::handlers::detail_page))
        .route("/organiser/events/{id}/reminders", get(admin::handlers::reminders_preview))
}

/// The list of participants: draft, issued revisions, files.
fn participant_list() -> Router<AppState> {
    Router::new()
        .route(
            "/organiser/events/{id}/participants",
            get(participants::handlers::show_list).post(participants::handlers::issue_list),
        )
        .route("/organiser/events/{id}/participants/{version}/{format}", get(participants::handlers::download))
}

/// Certificates of attendance (organisers) and badges (organisers and the event's check-in staff).
fn certificates() -> Router<AppState> {
    Router::new()
        .route("/organiser/events/{id}/certificates", get(certificates::handlers::list_page))
        .route("/organiser/events/{id}/certificates/issue", post(certificates::handlers::issue))
        .route("/organiser/events/{id}/certificates/{certificate_id}/pdf", get(certificates::handlers::download))
        .route("/organiser/events/{id}/certificates/{certificate_id}/revoke", post(certificates::handlers::revoke))
        .route("/checkin/events/{id}/badges.pdf", get(certificates::handlers::event_badges))
        .route("/checkin/events/{id}/badges/{registration_id}/pdf", get(certificates::handlers::one_badge))
}

/// Reports: one event's, and across events (programme, series, unit, period).
fn report_pages() -> Router<AppState> {
    Router::new()
        .route("/organiser/events/{id}/report", get(reports::handlers::event_report))
        .route("/organiser/events/{id}/report.csv", get(reports::handlers::event_report_csv))
        .route("/organiser/events/{id}/report.xlsx", get(reports::handlers::event_report_xlsx))
        .route("/organiser/reports", get(reports::handlers::programme_report))
        .route("/organiser/reports.csv", get(reports::handlers::programme_report_csv))
        .route("/organiser/reports.xlsx", get(reports::handlers::programme_report_xlsx))
}

/// Calendars: downloads and feeds (stable URLs, in the OpenAPI document), the timetable and
/// programme calendar, the import of sessions and the change notices.
fn calendars() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(at("/events/{id}/calendar.ics", routes!(calendar::handlers::public_event_ics)))
        .route("/events/{id}/timetable", get(calendar::handlers::timetable))
        .route("/calendar", get(calendar::handlers::programme_calendar))
        .routes(at("/calendar/events.ics", routes!(calendar::handlers::feed_all)))
        .routes(at("/calendar/programmes/{code}/events.ics", routes!(calendar::handlers::feed_programme)))
        .routes(at("/calendar/units/{code}/events.ics", routes!(calendar::handlers::feed_unit)))
        .route("/organiser/events/{id}/calendar.ics", get(calendar::handlers::organiser_event_ics))
        .route(
            "/organiser/events/{id}/calendar-import",
            get(calendar::handlers::import_page)
                .post(calendar::handlers::preview_import)
                .layer(DefaultBodyLimit::max(calendar::handlers::IMPORT_LIMIT)),
        )
        .route(
            "/organiser/events/{id}/calendar-import/confirm",
            post(calendar::handlers::confirm_import).layer(DefaultBodyLimit::max(calendar::handlers::IMPORT_LIMIT)),
        )
        .route("/organiser/events/{id}/changes", get(calendar::handlers::changes_page))
        .route("/organiser/events/{id}/changes/send", post(calendar::handlers::send_changes))
}

/// The check-in desk: organisers, admins, and the check-in staff of the event.
fn checkin() -> Router<AppState> {
    Router::new()
        .route("/checkin", get(attendance::handlers::desk_home))
        .route("/checkin/events/{id}", get(attendance::handlers::console_page))
        .route("/checkin/events/{id}/scan", post(attendance::handlers::scan_form))
        .route("/checkin/events/{id}/undo", post(attendance::handlers::undo_form))
        .route("/checkin/events/{id}/sync", post(attendance::handlers::sync_json))
        .route("/checkin/events/{id}/search", get(attendance::handlers::search_json))
        .route("/checkin/events/{id}/entries", get(attendance::handlers::entries_json))
        .route(
            "/checkin/events/{id}/walk-in",
            get(attendance::handlers::walk_in_page).post(attendance::handlers::walk_in),
        )
}

/// Funding records (organisers and admins) and the consolidated view (admins).
fn funding() -> Router<AppState> {
    Router::new()
        .route("/organiser/donors", get(donors::handlers::list_donors).post(donors::handlers::create_donor))
        .route("/organiser/donors/{id}", get(donors::handlers::show_donor).post(donors::handlers::update_donor))
        .route("/organiser/donors/{id}/contacts", post(donors::handlers::add_contact))
        .route("/organiser/donors/{id}/contacts/{contact_id}", post(donors::handlers::update_contact))
        .route("/organiser/donors/{id}/contacts/{contact_id}/delete", post(donors::handlers::remove_contact))
        .route("/organiser/donors/{id}/contributions", post(donors::handlers::add_contribution))
        .route(
            "/organiser/donors/{id}/contributions/{contribution_id}",
            get(donors::handlers::contribution_page).post(donors::handlers::update_contribution),
        )
        .route(
            "/organiser/donors/{id}/contributions/{contribution_id}/delete",
            post(donors::handlers::delete_contribution),
        )
        .route("/organiser/events/{id}/funding", get(donors::handlers::event_funding))
        .route("/organiser/events/{id}/funding/allocations", post(donors::handlers::allocate))
        .route(
            "/organiser/events/{id}/funding/allocations/{allocation_id}/withdraw",
            post(donors::handlers::withdraw_allocation),
        )
        .route("/organiser/events/{id}/funding/budget", post(donors::handlers::set_budget_line))
        .route("/admin/funding", get(donors::handlers::consolidated))
        .route("/admin/donors/{id}", get(donors::handlers::admin_report))
        .route("/admin/donors/{id}/{file}", get(donors::handlers::admin_export))
}

/// The donor portal: sign-in by emailed link (rate limited like other links), the report.
fn donor_links(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/donor/sign-in", get(donors::handlers::sign_in_page).post(donors::handlers::request_link))
        .route("/donor/link/{token}", get(donors::handlers::link_page).post(donors::handlers::use_link))
        .route_layer(from_fn_with_state(state.clone(), ratelimit::limit_links))
}

/// The signed-in donor contact's report and its files.
fn donor() -> Router<AppState> {
    Router::new()
        .route("/donor", get(donors::handlers::dashboard))
        .route("/donor/sign-out", post(donors::handlers::sign_out))
        .route("/donor/{file}", get(donors::handlers::export))
}

/// Admin pages: audit log, users, the development mailbox and jobs.
fn admin() -> Router<AppState> {
    Router::new()
        .route("/admin/audit", get(admin::handlers::audit_log))
        .route("/admin/users", get(admin::handlers::list_users).post(admin::handlers::create_user))
        .route("/admin/users/{id}", get(admin::handlers::edit_user_page).post(admin::handlers::update_user))
        .route("/admin/users/{id}/sign-in-link", post(admin::handlers::issue_link))
        .route("/admin/users/{id}/sessions/end", post(admin::handlers::end_sessions))
        .route("/admin/users/{id}/two-factor/reset", post(auth::two_factor::handlers::reset))
        .route("/admin/mailbox", get(admin::handlers::mailbox))
        .route("/admin/mailbox/{id}", get(admin::handlers::mail_message))
        .route("/admin/mailbox/{id}/html", get(admin::handlers::mail_html_part))
        .route("/admin/jobs", get(admin::handlers::list_jobs))
        .route("/admin/jobs/{name}/run", post(admin::handlers::run_job))
}

/// The admin's pages of personal data: what the next erasure takes, its early run for one
/// event, and the erasure of one person on request.
fn personal_data() -> Router<AppState> {
    Router::new()
        .route("/admin/privacy", get(privacy::handlers::overview))
        .route("/admin/privacy/events/{id}", get(privacy::handlers::event_page))
        .route("/admin/privacy/events/{id}/erase", post(privacy::handlers::erase_event))
        .route("/admin/privacy/people/{id}", get(privacy::handlers::person_page))
        .route("/admin/privacy/people/{id}/data.json", get(privacy::handlers::person_data_json))
        .route("/admin/privacy/people/{id}/erase", post(privacy::handlers::erase_person))
        .route("/admin/webhooks", get(webhooks::handlers::list).post(webhooks::handlers::create))
        .route("/admin/webhooks/{id}", get(webhooks::handlers::endpoint).post(webhooks::handlers::update))
        .route("/admin/webhooks/{id}/delete", post(webhooks::handlers::delete))
        .route("/admin/webhooks/{id}/deliveries", get(webhooks::handlers::deliveries))
        .route("/admin/webhooks/{id}/deliveries/{delivery}/redeliver", post(webhooks::handlers::redeliver))
}

/// The JSON API under `/api/v1` (bearer tokens) of events, their registrations and invitations.
fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(at("/api/v1/events", routes!(api::events::list_events, api::events::create_event)))
        .routes(at("/api/v1/events/{id}", routes!(api::events::get_event, api::events::update_event)))
        .routes(at("/api/v1/events/{id}/publish", routes!(api::events::publish_event)))
        .routes(at("/api/v1/events/{id}/cancel", routes!(api::events::cancel_event)))
        .routes(at("/api/v1/events/{id}/clone", routes!(api::events::clone_event)))
        .routes(at("/api/v1/events/{id}/sessions", routes!(api::events::list_sessions, api::events::create_session)))
        .routes(at(
            "/api/v1/events/{id}/sessions/{session_id}",
            routes!(api::events::update_session, api::events::delete_session),
        ))
        .routes(at(
            "/api/v1/events/{id}/registrations",
            routes!(api::registrations::list_registrations, api::registrations::add_registration),
        ))
        .routes(at("/api/v1/events/{id}/registrations/move", routes!(api::registrations::move_registrations)))
        .routes(at("/api/v1/events/{id}/waiting-list", routes!(api::registrations::waiting_list)))
        .routes(at(
            "/api/v1/events/{id}/invitations",
            routes!(api::invitations::list_invitations, api::invitations::invite_one),
        ))
        .routes(at("/api/v1/events/{id}/invitations/progress", routes!(api::invitations::invitation_progress)))
        .routes(
            at("/api/v1/events/{id}/invitations/import", routes!(api::invitations::import::import_invitations))
                .layer(DefaultBodyLimit::max(CSV_UPLOAD_LIMIT)),
        )
        .routes(at("/api/v1/events/{id}/invitations/copy", routes!(api::invitations::import::copy_invitations)))
        .routes(at("/api/v1/events/{id}/invitations/remind", routes!(api::invitations::remind_invitations)))
        .routes(at(
            "/api/v1/events/{id}/invitations/{invitation_id}/resend",
            routes!(api::invitations::resend_invitation),
        ))
        .routes(at(
            "/api/v1/events/{id}/invitations/{invitation_id}/revoke",
            routes!(api::invitations::revoke_invitation),
        ))
        .routes(at(
            "/api/v1/events/{id}/invitations/{invitation_id}/extend",
            routes!(api::invitations::extend_invitation),
        ))
        .routes(at(
            "/api/v1/events/{id}/delegations",
            routes!(api::invitations::delegations::list_delegations, api::invitations::delegations::create_delegation),
        ))
        .routes(at(
            "/api/v1/events/{id}/delegations/{delegation_id}/nominees",
            routes!(api::invitations::delegations::list_nominees),
        ))
}

/// The JSON API of the list of participants, check-in and attendance, certificates and badges.
fn api_participants_and_attendance() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(at("/api/v1/events/{id}/participants", routes!(api::participants::draft_list)))
        .routes(at(
            "/api/v1/events/{id}/participants/revisions",
            routes!(api::participants::list_revisions, api::participants::issue_revision),
        ))
        .routes(at("/api/v1/events/{id}/participants/{version}", routes!(api::participants::get_list)))
        .routes(at("/api/v1/events/{id}/participants/{version}/{format}", routes!(api::participants::download_list)))
        .routes(at("/api/v1/events/{id}/checkin/scan", routes!(api::attendance::scan)))
        .routes(at("/api/v1/events/{id}/checkin/undo", routes!(api::attendance::undo)))
        .routes(at("/api/v1/events/{id}/checkin/sync", routes!(api::attendance::sync)))
        .routes(at("/api/v1/events/{id}/attendance", routes!(api::attendance::attendance)))
        .routes(at(
            "/api/v1/events/{id}/registrations/{registration_id}/checkin-code/revoke",
            routes!(api::attendance::revoke_code),
        ))
        .routes(at("/api/v1/events/{id}/certificates", routes!(api::certificates::list_certificates)))
        .routes(at("/api/v1/events/{id}/certificates/issue", routes!(api::certificates::issue_certificates)))
        .routes(at(
            "/api/v1/events/{id}/certificates/{certificate_id}/pdf",
            routes!(api::certificates::download_certificate),
        ))
        .routes(at(
            "/api/v1/events/{id}/certificates/{certificate_id}/revoke",
            routes!(api::certificates::revoke_certificate),
        ))
        .routes(at("/api/v1/events/{id}/badges/pdf", routes!(api::certificates::event_badges)))
        .routes(at("/api/v1/events/{id}/badges/{registration_id}/pdf", routes!(api::certificates::one_badge)))
}

/// The JSON API of funding, donors, reports, jobs and personal data.
fn api_funding_and_admin() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(at("/api/v1/donors", routes!(api::donors::list_donors, api::donors::create_donor)))
        .routes(at("/api/v1/donors/{id}", routes!(api::donors::get_donor, api::donors::update_donor)))
        .routes(at("/api/v1/donors/{id}/contacts", routes!(api::donors::add_contact)))
        .routes(at(
            "/api/v1/donors/{id}/contacts/{contact_id}",
            routes!(api::donors::update_contact, api::donors::remove_contact),
        ))
        .routes(at("/api/v1/donors/{id}/contributions", routes!(api::donors::create_contribution)))
        .routes(at(
            "/api/v1/donors/{id}/contributions/{contribution_id}",
            routes!(api::donors::update_contribution, api::donors::delete_contribution),
        ))
        .routes(at("/api/v1/donors/{id}/report", routes!(api::donors::donor_report)))
        .routes(at("/api/v1/donor/report", routes!(api::donors::my_report)))
        .routes(at("/api/v1/events/{id}/funding", routes!(api::donors::event_funding)))
        .routes(at("/api/v1/events/{id}/funding/allocations", routes!(api::donors::allocate)))
        .routes(at("/api/v1/events/{id}/funding/budget", routes!(api::donors::set_budget_line)))
        .routes(at("/api/v1/admin/funding", routes!(api::donors::consolidated)))
        .routes(at("/api/v1/events/{id}/report", routes!(api::reports::event_report)))
        .routes(at("/api/v1/reports", routes!(api::reports::programme_report)))
        .routes(at("/api/v1/admin/jobs", routes!(api::jobs::list_jobs)))
        .routes(at("/api/v1/admin/jobs/{name}/runs", routes!(api::jobs::list_runs)))
        .routes(at("/api/v1/admin/jobs/{name}/run", routes!(api::jobs::run_job)))
        .routes(at("/api/v1/admin/privacy", routes!(api::privacy::erasure_plan)))
        .routes(at("/api/v1/admin/privacy/events/{id}/erase", routes!(api::privacy::erase_event)))
        .routes(at("/api/v1/admin/privacy/people/{id}/erase", routes!(api::privacy::erase_person)))
        .routes(at("/api/v1/people/{id}/data", routes!(api::privacy::personal_data)))
        .routes(at("/api/v1/admin/webhooks", routes!(api::webhooks::list_webhooks, api::webhooks::create_webhook)))
        .routes(at(
            "/api/v1/admin/webhooks/{id}",
            routes!(api::webhooks::get_webhook, api::webhooks::update_webhook, api::webhooks::delete_webhook),
        ))
        .routes(at("/api/v1/admin/webhooks/{id}/deliveries", routes!(api::webhooks::list_deliveries)))
        .routes(at("/api/v1/admin/webhooks/{id}/deliveries/{delivery_id}/redeliver", routes!(api::webhooks::redeliver)))
}

/// The same handlers with a body limit of `limit` bytes (an upload's).
fn limited((schemas, paths, methods): UtoipaMethodRouter<AppState>, limit: usize) -> UtoipaMethodRouter<AppState> {
    (schemas, paths, methods.layer(DefaultBodyLimit::max(limit)))
}

/// The handlers of `url` (`routes!`), routed there and documented there by their
/// `#[utoipa::path]`, whose own path is left empty ([`api::URL_IN_ROUTER`]) so that every URL is
/// written once, in this table.
fn at(url: &str, (schemas, paths, methods): UtoipaMethodRouter<AppState>) -> UtoipaMethodRouter<AppState> {
    let paths = paths.paths.into_values().fold(PathsBuilder::new(), |here, item| here.path(url, item)).build();
    (schemas, paths, methods)
}
