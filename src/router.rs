//! The one route table: every path of the service, grouped by audience.

use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post, put};

use crate::web::{assets, middleware, ratelimit};
use crate::{AppState, api, auth, events, mail, registration};

/// Builds the router with its middleware.
pub fn build(state: AppState) -> Router {
    let public = Router::new()
        .route("/", get(events::handlers::public_home))
        .route("/events/{id}", get(events::handlers::public_event))
        .route("/programmes/{code}", get(events::handlers::public_programme))
        .route("/language", get(events::handlers::switch_language))
        .route("/healthz", get(events::handlers::health))
        .route("/assets/{file}", get(assets::serve_asset));

    let staff_sign_in = Router::new()
        .route("/sign-in", get(auth::handlers::sign_in_page).post(auth::handlers::sign_in))
        .route("/sign-in/link/{token}", get(auth::handlers::link_page).post(auth::handlers::use_link))
        .route("/sign-out", post(auth::handlers::sign_out))
        .route("/account/password", get(auth::handlers::password_page).post(auth::handlers::change_password));

    let organiser = Router::new()
        .route("/organiser/events", get(events::handlers::list_events).post(events::handlers::create_event))
        .route("/organiser/events/new", get(events::handlers::new_event_page))
        .route("/organiser/events/{id}", get(events::handlers::show_event).post(events::handlers::update_event))
        .route("/organiser/events/{id}/edit", get(events::handlers::edit_event_page))
        .route("/organiser/events/{id}/clone", post(events::handlers::clone_event))
        .route("/organiser/events/{id}/publish", post(events::handlers::publish_event))
        .route("/organiser/events/{id}/cancel", post(events::handlers::cancel_event))
        .route("/organiser/events/{id}/sessions", post(events::handlers::add_session))
        .route(
            "/organiser/events/{id}/sessions/{session_id}",
            get(events::handlers::edit_session_page).post(events::handlers::update_session),
        )
        .route("/organiser/events/{id}/sessions/{session_id}/delete", post(events::handlers::delete_session));

    // Invitations and delegations (organisers) and nominations (focal points' links).
    let invitations = Router::new();

    // Registration (participants' links, open registration) and the organiser's registrations.
    let participant_links = Router::new()
        .route(
            "/i/{token}",
            get(registration::handlers::invitation_page).post(registration::handlers::register_invited),
        )
        .route("/i/{token}/decline", post(registration::handlers::decline))
        .route("/registered", get(registration::handlers::registered))
        .route(
            "/events/{id}/register",
            get(registration::handlers::open_page).post(registration::handlers::request_verification),
        )
        .route("/v/{token}", get(registration::handlers::verified_page).post(registration::handlers::register_verified))
        .route("/r/{token}", get(registration::handlers::manage_page).post(registration::handlers::update_details))
        .route("/r/{token}/cancel", post(registration::handlers::cancel))
        .route("/r/{token}/accept", post(registration::handlers::accept))
        .route("/r/{token}/event.ics", get(registration::handlers::calendar))
        .route_layer(from_fn_with_state(state.clone(), ratelimit::limit_links));
    let registration = Router::new()
        .route(
            "/organiser/events/{id}/registrations",
            get(registration::handlers::list_page).post(registration::handlers::add),
        )
        .route("/organiser/events/{id}/registrations/new", get(registration::handlers::new_page))
        .route("/organiser/events/{id}/registrations/export.csv", get(registration::handlers::export_csv))
        .route("/organiser/events/{id}/registrations/move", post(registration::handlers::move_selected));

    let admin = Router::new()
        .route("/admin/audit", get(auth::handlers::audit_log))
        .route("/admin/users", get(auth::admin::list_users).post(auth::admin::create_user))
        .route("/admin/users/{id}", get(auth::admin::edit_user_page).post(auth::admin::update_user))
        .route("/admin/users/{id}/sign-in-link", post(auth::admin::issue_link))
        .route("/admin/mailbox", get(mail::mailbox::list))
        .route("/admin/mailbox/{id}", get(mail::mailbox::show))
        .route("/admin/mailbox/{id}/html", get(mail::mailbox::html_part));

    let api = Router::new()
        .route("/api/v1/openapi.json", get(api::openapi_json))
        .route("/api/v1/events", get(api::events::list_events).post(api::events::create_event))
        .route("/api/v1/events/{id}", get(api::events::get_event).put(api::events::update_event))
        .route("/api/v1/events/{id}/publish", post(api::events::publish_event))
        .route("/api/v1/events/{id}/cancel", post(api::events::cancel_event))
        .route("/api/v1/events/{id}/sessions", get(api::events::list_sessions).post(api::events::create_session))
        .route(
            "/api/v1/events/{id}/sessions/{session_id}",
            put(api::events::update_session).delete(api::events::delete_session),
        )
        .route(
            "/api/v1/events/{id}/registrations",
            get(api::registrations::list_registrations).post(api::registrations::add_registration),
        )
        .route("/api/v1/events/{id}/registrations/move", post(api::registrations::move_registrations))
        .route("/api/v1/events/{id}/waiting-list", get(api::registrations::waiting_list));

    Router::new()
        .merge(public)
        .merge(staff_sign_in)
        .merge(organiser)
        .merge(invitations)
        .merge(participant_links)
        .merge(registration)
        .merge(admin)
        .merge(api)
        .route_layer(from_fn(middleware::remember_route))
        .layer(from_fn_with_state(state.clone(), middleware::around_request))
        .with_state(state)
}
