//! The emails a registration's changes send, written to the outbox in the same transaction.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseTransaction;

use super::letters::{Addressee, Mailing, Notice, compose};
use crate::Office;
use crate::entities::{event, registration};
use crate::error::Result;
use crate::mail::outbox;

/// Queues the email for a registration in the transaction, with a link built from `token`.
#[expect(clippy::too_many_arguments, reason = "one call site shape; a struct would only rename the arguments")]
pub(super) async fn notify(
    txn: &DatabaseTransaction,
    office: &Office,
    e: &event::Model,
    r: &registration::Model,
    email: &str,
    token: &str,
    notice: Notice,
    now: DateTime<Utc>,
) -> Result<()> {
    let mailing = Mailing::of(office);
    let to = Addressee { email, given_name: &r.given_name, family_name: &r.family_name, language: &r.language };
    // A confirmation carries the entry for the person's calendar; a cancellation removes it.
    let method = match notice {
        Notice::Confirmed => Some(crate::calendar::Method::Request),
        Notice::Cancelled => Some(crate::calendar::Method::Cancel),
        _ => None,
    };
    let msg = outbox::Outgoing { registration_id: Some(r.id), ..compose(&mailing, e, &to, token, notice) };
    match method {
        Some(method) => {
            let calendar = crate::calendar::registration_calendar(
                txn,
                &office.calendar,
                &office.reference,
                e,
                (msg.to_name.as_str(), email),
                method,
                method == crate::calendar::Method::Request,
                crate::mail::ui_lang(&r.language),
                now,
            )
            .await?;
            outbox::enqueue_with_calendar(txn, &office.links.mail_domain, msg, calendar, now).await?;
        }
        None => {
            outbox::enqueue(txn, &office.links.mail_domain, msg, now).await?;
        }
    }
    Ok(())
}

/// Tells webhook endpoints that registration `r` of event `e` changed (its state or details),
/// in the transaction of the change; `email` is its person's address.
pub(super) async fn changed<C: sea_orm::ConnectionTrait>(
    db: &C,
    office: &Office,
    e: &event::Model,
    r: &registration::Model,
    email: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if !office.webhooks.any() {
        return Ok(());
    }
    let change = crate::webhooks::Change::registration(
        crate::domain::WebhookKind::RegistrationChanged,
        &e.programme_code,
        r,
        email,
    );
    office.webhooks.record(db, change, now).await
}
