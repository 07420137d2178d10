//! A batch of scans as the console and the API send it, and the answer item by item: the
//! wire format both share.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::input::ScanItem;
use super::rules::{BatchItem, ItemResult, Outcome};
use crate::error::{Error, FieldErrors};
use crate::i18n::Tr;

/// A batch of scans (the console's queue, or the API's sync).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SyncBatch {
    /// In the order they happened; at most 500.
    pub items: Vec<ScanItem>,
}

/// The answer to one scan or batch item.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemAnswer {
    /// The item's key.
    pub key: String,
    /// recorded, duplicate (the key was seen before: nothing new), already_in (a second
    /// entry, or an exit of someone not in: nothing recorded), refused, invalid, not_found
    pub result: String,
    /// The registration scanned, when known: also for a refusal of one of the event's
    /// registrations (cancelled, on the waiting list, a replaced code...).
    pub registration_id: Option<i32>,
    /// The row of the log (recorded or duplicate), or the entry that has them in (already_in).
    pub scan_id: Option<i32>,
    /// When the person came in (already_in).
    pub since: Option<String>,
    /// Why it was refused, as a catalog key (e.g. att-refused-cancelled).
    pub reason: Option<String>,
    /// The reason in words.
    pub message: Option<String>,
    /// Invalid fields.
    pub fields: Option<Vec<String>>,
}

/// Answers of a batch, item by item in the same order.
#[derive(Debug, Serialize, ToSchema)]
pub struct SyncAnswer {
    pub items: Vec<ItemAnswer>,
}

/// The answer to one item, in the reader's language.
pub fn answer(tr: Tr, item: ItemResult) -> Result<ItemAnswer, Error> {
    let mut a = ItemAnswer {
        key: item.key,
        result: String::new(),
        registration_id: item.registration_id,
        scan_id: None,
        since: None,
        reason: None,
        message: None,
        fields: None,
    };
    match item.result {
        Ok(Outcome::Recorded(s)) => {
            a.result = "recorded".into();
            a.scan_id = Some(s.id);
        }
        Ok(Outcome::Duplicate(s)) => {
            a.result = "duplicate".into();
            a.scan_id = Some(s.id);
        }
        Ok(Outcome::AlreadyIn { since, .. }) => {
            a.result = "already_in".into();
            a.scan_id = since.as_ref().map(|s| s.id);
            a.since = since.map(|s| s.scanned_at.to_rfc3339());
        }
        Err(Error::Conflict(m) | Error::Gone(m)) => {
            a.result = "refused".into();
            a.message = Some(tr.msg(&m));
            a.reason = Some(m.key.to_owned());
        }
        Err(Error::Invalid(fields)) => {
            a.result = "invalid".into();
            a.message = Some(fields.0.iter().map(|f| tr.msg(&f.message)).collect::<Vec<_>>().join(" "));
            a.fields = Some(fields.0.iter().map(|f| f.field.to_owned()).collect());
        }
        Err(Error::NotFound) => {
            a.result = "not_found".into();
            a.message = Some(tr.t("att-refused-unknown"));
        }
        Err(other) => return Err(other),
    }
    Ok(a)
}

/// Parses each item of a batch (keeping the fields each got wrong).
pub fn parse_batch(
    items: &[ScanItem],
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<(String, Result<BatchItem, FieldErrors>)> {
    items.iter().map(|i| (i.key.trim().to_owned(), i.parse(now))).collect()
}
