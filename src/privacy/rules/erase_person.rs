//! Erasure on request: an admin erases one person's personal data across every event, with a
//! reason, by the same rules as the job. Issued lists of participants keep the person's name
//! unless `privacy.keep_issued_lists` is off, when the entries under the names they registered
//! with are erased too. The audit entry holds the reason and the counts.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::{Value, json};

use super::Counts;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{DatePrecision, Email};
use crate::entities::{event, person};
use crate::error::{Error, Msg, Result};
use crate::privacy::ERASED;
use crate::privacy::store::{self, Scope, is_erased_address};

/// The audit action of a person's erasure.
pub(super) const ERASE_PERSON: &str = "privacy.erase_person";

/// Longest reason accepted.
const REASON_MAX: usize = 1000;

/// Why staff erase a person (a request received, its date and reference): required, one
/// short text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason(String);

impl Reason {
    /// Parses a typed reason: required, at most 1,000 characters, no control characters but
    /// line breaks.
    pub fn parse(raw: &str) -> std::result::Result<Self, Msg> {
        let v = raw.trim().replace("\r\n", "\n");
        if v.is_empty() {
            Err(Msg::new("err-required"))
        } else if v.chars().count() > REASON_MAX {
            Err(Msg::new("err-too-long").arg("max", REASON_MAX))
        } else if v.chars().any(|c| c.is_control() && c != '\n') {
            Err(Msg::new("err-control-chars"))
        } else {
            Ok(Self(v))
        }
    }

    /// The reason as typed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An event a person is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonEvent {
    /// Event id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Whether the dates are days or months.
    pub precision: DatePrecision,
}

/// One person as the admin's erasure page shows them.
#[derive(Debug, Clone)]
pub struct PersonFile {
    /// The record.
    pub person: person::Model,
    /// Whether their personal data is erased already.
    pub erased: bool,
    /// The events they are linked to (invited, registered, focal point), by date.
    pub events: Vec<PersonEvent>,
    /// What erasing them would change.
    pub counts: Counts,
}

/// The person `id` with their events and what erasing them would change.
pub async fn person_file<C: ConnectionTrait>(db: &C, id: i32) -> Result<PersonFile> {
    let person = person::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    let ids = store::events_of_person(db, id).await?;
    let events = event::Entity::find()
        .filter(event::Column::Id.is_in(ids))
        .order_by_asc(event::Column::StartDate)
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| PersonEvent {
            id: e.id,
            title: e.title,
            start_date: e.start_date,
            end_date: e.end_date,
            precision: e.date_precision,
        })
        .collect();
    let counts = store::remaining_of_person(db, id).await?;
    Ok(PersonFile { erased: is_erased_address(&person.email), person, events, counts })
}

/// The person with this address, if any.
pub async fn find_by_email<C: ConnectionTrait>(db: &C, email: &Email) -> Result<Option<i32>> {
    let found = person::Entity::find().filter(person::Column::Email.eq(email.as_str())).one(db).await?;
    Ok(found.map(|p| p.id))
}

/// Erases person `id` across every event, for `reason`; refuses a person erased already.
pub async fn erase_person(
    office: &Office,
    admin: &StaffUser,
    id: i32,
    reason: &Reason,
    now: DateTime<Utc>,
) -> Result<Counts> {
    let txn = office.db.write.begin().await?;
    let p = person::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    if is_erased_address(&p.email) {
        return Err(Error::Conflict(Msg::new("privacy-err-person-erased")));
    }
    let lists = if office.settings.privacy.keep_issued_lists { 0 } else { erase_from_lists(&txn, id).await? };
    let mut counts = store::erase(&txn, Scope::Person(id), &[id], false, now).await?;
    counts.lists = lists;
    let record = json!({ "reason": reason.as_str(), "counts": counts });
    audit::record(&txn, &Actor::staff(admin), now, Change::new(ERASE_PERSON, "person", id, None, Some(&record)))
        .await?;
    txn.commit().await?;
    Ok(counts)
}

/// Erases the person's entries (under the names they registered with) from the issued lists
/// of their events; returns how many lists changed.
async fn erase_from_lists(txn: &DatabaseTransaction, person: i32) -> Result<u64> {
    let mut changed = 0;
    for (list, snapshot, given, family) in store::lists_naming(txn, person).await? {
        let Ok(mut doc) = serde_json::from_str::<Value>(&snapshot) else { continue };
        if erase_entries(&mut doc, &given, &family) {
            store::replace_snapshot(txn, list, doc.to_string()).await?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// Erases the entries of a list's snapshot listed as `given` `family`; true if any was.
fn erase_entries(doc: &mut Value, given: &str, family: &str) -> bool {
    let mut any = false;
    for entry in doc.get_mut("entries").and_then(Value::as_array_mut).into_iter().flatten() {
        if entry["given_name"] == given && entry["family_name"] == family {
            entry["given_name"] = ERASED.into();
            entry["family_name"] = ERASED.into();
            for field in ["title", "position", "organisation"] {
                entry[field] = Value::Null;
            }
            any = true;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_short() {
        assert_eq!(Reason::parse("  Request of 3 May, ref. DP/12 ").unwrap().as_str(), "Request of 3 May, ref. DP/12");
        assert_eq!(Reason::parse(" \n ").unwrap_err().key, "err-required");
        assert_eq!(Reason::parse(&"x".repeat(1001)).unwrap_err().key, "err-too-long");
        assert_eq!(Reason::parse("a\u{7}b").unwrap_err().key, "err-control-chars");
        assert!(Reason::parse("line one\r\nline two").is_ok());
    }

    #[test]
    fn only_the_entries_under_the_persons_names_are_erased() {
        let mut doc = json!({ "entries": [
            { "given_name": "Amina", "family_name": "Diallo", "title": "Ms.", "position": "Counsellor",
              "organisation": "MFA" },
            { "given_name": "Kabo", "family_name": "Molefe", "title": "Mr.", "position": null, "organisation": null },
        ] });
        assert!(erase_entries(&mut doc, "Amina", "Diallo"));
        assert_eq!(doc["entries"][0]["given_name"], ERASED);
        assert_eq!(doc["entries"][0]["position"], Value::Null);
        assert_eq!(doc["entries"][1]["given_name"], "Kabo");
        assert!(!erase_entries(&mut doc, "Amina", "Diallo"));
    }
}
