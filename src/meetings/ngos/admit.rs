//! Whether a meeting admits NGOs: the secretariat's setting, audited.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel, TransactionTrait};

use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::entities::event;
use crate::error::Result;
use crate::meetings::managed_meeting;

/// Opens or closes a meeting to NGOs' applications (applications already made stay).
pub async fn set_admits(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    admits: bool,
) -> Result<event::Model> {
    let txn = office.db.write.begin().await?;
    let before = managed_meeting(&txn, staff, event_id).await?;
    if before.admits_ngos == admits {
        return Ok(before);
    }
    let mut model = before.clone().into_active_model();
    model.admits_ngos = Set(admits);
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    #[derive(serde::Serialize)]
    struct Setting {
        admits_ngos: bool,
    }
    let change = Change::new(
        "ngos.set_admits",
        "event",
        event_id,
        Some(&Setting { admits_ngos: before.admits_ngos }),
        Some(&Setting { admits_ngos: admits }),
    );
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    Ok(after)
}
