//! A walk-in: registered at the door through the registration rules, then checked in.

use chrono::{DateTime, Utc};

use super::scan::{Outcome, ScanRequest, Target, check_key, scan};
use crate::Office;
use crate::auth::StaffUser;
use crate::domain::{AttendanceMode, Role, ScanDirection, ScanMethod};
use crate::entities::event;
use crate::error::{Error, Result};
use crate::registration::input::{ManualAdd, RegistrationInput};
use crate::registration::rules::{self as registration_rules, Registered};

/// Registers someone at the door (the organiser's manual add: same seats, approval and
/// waiting list) and, when they get a confirmed seat, checks them in. A walk-in at capacity
/// joins the waiting list like anyone else and is not checked in.
#[expect(clippy::too_many_arguments, reason = "the desk, the person and the scan, each needed")]
pub async fn walk_in(
    office: &Office,
    secret: &[u8],
    staff: &StaffUser,
    e: &event::Model,
    add: ManualAdd,
    input: &RegistrationInput,
    scan_req: (Option<String>, String),
    now: DateTime<Utc>,
) -> Result<(Registered, Result<Outcome>)> {
    check_key(&scan_req.1)?;
    // The registration rules check the organiser's programme; a check-in staff member of
    // this event registers at its door on the same terms, so the rules see that right.
    let registrar = if staff.is_checkin_only() {
        StaffUser { role: Role::Organiser, programmes: vec![e.programme_code.clone()], ..staff.clone() }
    } else {
        staff.clone()
    };
    // Someone at the door attends in person, whatever the event offers.
    let input = &RegistrationInput { attendance_mode: Some(AttendanceMode::InPerson), ..input.clone() };
    let registered = registration_rules::add_manually(&office.db, office, &registrar, e.id, add, input, now).await?;
    let req = ScanRequest {
        target: Target::Registration(registered.registration.id),
        direction: ScanDirection::Entry,
        method: ScanMethod::WalkIn,
        session_id: None,
        scanned_at: None,
        device: scan_req.0,
        idempotency_key: scan_req.1,
    };
    let outcome = scan(office, secret, staff, e, &req, now).await;
    if let Err(err @ (Error::Db(_) | Error::Internal(_))) = outcome {
        return Err(err);
    }
    Ok((registered, outcome))
}
