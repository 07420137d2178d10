//! The quarterly email: each donor contact gets a one-time link to its report once per
//! quarter. A notice row (contact, quarter) is inserted first in the same transaction as the
//! email, so a rerun or a second instance sends nothing twice.

use chrono::{DateTime, Datelike, Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use crate::Office;
use crate::auth::tokens;
use crate::db::is_unique_violation;
use crate::entities::{allocation, contribution, donor, donor_contact, donor_report_notice, donor_sign_in_token};
use crate::error::Result;
use crate::mail::outbox::{self, Outgoing};

/// How long the link in a quarterly email works: long enough to be opened after a weekend.
const LINK_DAYS: i64 = 14;

/// The quarter just ended at `now`, e.g. `2026-Q3` on 1 October 2026.
pub fn quarter_before(now: DateTime<Utc>) -> String {
    let q = (now.month0() / 3) as i32; // 0..=3, the current quarter
    if q == 0 { format!("{}-Q4", now.year() - 1) } else { format!("{}-Q{q}", now.year()) }
}

/// Queues the quarterly email of every contact that has not had this quarter's; returns how many.
pub async fn send_quarterly(office: &Office, now: DateTime<Utc>) -> Result<u64> {
    let quarter = quarter_before(now);
    let contacts = donor_contact::Entity::find().all(&office.db.read).await?;
    let base = office.settings.public_base_url();
    let domain = office.mail_domain();
    let mut queued = 0;
    for contact in contacts {
        let Some(d) = donor::Entity::find_by_id(contact.donor_id).one(&office.db.read).await? else { continue };
        let ids: Vec<i32> = contribution::Entity::find()
            .filter(contribution::Column::DonorId.eq(d.id))
            .all(&office.db.read)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let mut events: Vec<i32> = if ids.is_empty() {
            Vec::new()
        } else {
            allocation::Entity::find()
                .filter(allocation::Column::ContributionId.is_in(ids))
                .all(&office.db.read)
                .await?
                .into_iter()
                .map(|a| a.event_id)
                .collect()
        };
        events.sort_unstable();
        events.dedup();
        let txn = office.db.write.begin().await?;
        let notice = donor_report_notice::ActiveModel {
            contact_id: Set(contact.id),
            quarter: Set(quarter.clone()),
            queued_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        match notice {
            Ok(_) => {}
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
        let token = tokens::generate()?;
        donor_sign_in_token::ActiveModel {
            token_hash: Set(tokens::hash(&token)),
            contact_id: Set(contact.id),
            created_at: Set(now),
            expires_at: Set(now + Duration::days(LINK_DAYS)),
            used_at: Set(None),
        }
        .insert(&txn)
        .await?;
        let ctx = emails::donor_report::DonorReport {
            donor: d.name.clone(),
            quarter: quarter.clone(),
            activities: events.len() as u64,
            sign_in_url: format!("{}/donor/link/{token}", base.trim_end_matches('/')),
            days: u32::try_from(LINK_DAYS).unwrap_or(u32::MAX),
        };
        let email = emails::donor_report::render(&ctx, crate::mail::ui_lang(&contact.language));
        let msg = Outgoing {
            to_address: contact.email.clone(),
            to_name: contact.name.clone(),
            email,
            invitation_id: None,
            registration_id: None,
        };
        outbox::enqueue(&txn, &domain, msg, now).await?;
        txn.commit().await?;
        queued += 1;
    }
    if queued > 0 {
        office.mailer.wake();
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_quarter_just_ended() {
        assert_eq!(quarter_before(Utc.with_ymd_and_hms(2026, 10, 1, 6, 0, 0).unwrap()), "2026-Q3");
        assert_eq!(quarter_before(Utc.with_ymd_and_hms(2026, 1, 1, 6, 0, 0).unwrap()), "2025-Q4");
        assert_eq!(quarter_before(Utc.with_ymd_and_hms(2026, 5, 3, 6, 0, 0).unwrap()), "2026-Q1");
    }
}
