//! Handlers of the dashboards.

use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::{home, views};
use crate::AppState;
use crate::error::Error;
use crate::web::extract::{DeskStaff, Page};
use crate::web::see_other;

/// `GET /organiser`: the organiser home, where signing in leads; check-in staff go on to their
/// desk.
pub async fn home_page(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
) -> Result<Response, Error> {
    if staff.is_checkin_only() {
        return Ok(see_other("/checkin"));
    }
    let home = home(&state.db.read, &staff, state.clock.now()).await?;
    Ok(views::home(&page, &home).into_response())
}
