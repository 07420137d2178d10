//! A donor's contacts: the people who sign in to its report; an address belongs to one contact.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};
use serde::Serialize;

use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::{Db, is_unique_violation};
use crate::donors::input::NewContact;
use crate::entities::{donor, donor_contact, donor_report_notice};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Adds a contact to a donor; an address belongs to one contact only.
pub async fn add_contact(
    db: &Db,
    staff: &StaffUser,
    donor_id: i32,
    input: NewContact,
    now: DateTime<Utc>,
) -> Result<i32> {
    let txn = db.write.begin().await?;
    donor::Entity::find_by_id(donor_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let row = donor_contact::ActiveModel {
        donor_id: Set(donor_id),
        name: Set(input.name),
        email: Set(input.email.as_str().to_owned()),
        language: Set(input.language.code().to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) { FieldErrors::clash("email", Msg::new("err-contact-exists")) } else { e.into() }
    })?;
    // The address is personal data: the audit keeps only which donor gained a contact.
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("donor_contact.create", "donor_contact", row.id, None, Some(&donor_id)),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// A contact of `donor_id`; another donor's contact is not found.
async fn contact_of<C: ConnectionTrait>(db: &C, donor_id: i32, contact_id: i32) -> Result<donor_contact::Model> {
    donor_contact::Entity::find_by_id(contact_id)
        .filter(donor_contact::Column::DonorId.eq(donor_id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)
}

/// Audit of a contact's change: ids and which fields changed, never the personal data itself.
#[derive(Serialize)]
struct ContactAudit {
    donor_id: i32,
    changed: Vec<&'static str>,
}

/// Corrects a contact's name, address or language. A new address ends the contact's sessions
/// and unused links: they were given to the old one.
pub async fn update_contact(
    db: &Db,
    staff: &StaffUser,
    donor_id: i32,
    contact_id: i32,
    input: NewContact,
    now: DateTime<Utc>,
) -> Result<donor_contact::Model> {
    let txn = db.write.begin().await?;
    let old = contact_of(&txn, donor_id, contact_id).await?;
    let email = input.email.as_str().to_owned();
    let language = input.language.code().to_owned();
    let changed: Vec<&'static str> =
        [("name", old.name != input.name), ("email", old.email != email), ("language", old.language != language)]
            .into_iter()
            .filter_map(|(field, differs)| differs.then_some(field))
            .collect();
    let mut row: donor_contact::ActiveModel = old.into();
    row.name = Set(input.name);
    row.email = Set(email);
    row.language = Set(language);
    let row = row.update(&txn).await.map_err(|e| {
        if is_unique_violation(&e) { FieldErrors::clash("email", Msg::new("err-contact-exists")) } else { e.into() }
    })?;
    if changed.contains(&"email") {
        crate::donors::access::end_contact_access(&txn, contact_id).await?;
    }
    let snap = ContactAudit { donor_id, changed };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("donor_contact.update", "donor_contact", contact_id, None, Some(&snap)),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// Removes a contact; its sessions and links end in the same transaction, so a removed
/// contact is signed out at once.
pub async fn remove_contact(
    db: &Db,
    staff: &StaffUser,
    donor_id: i32,
    contact_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = db.write.begin().await?;
    contact_of(&txn, donor_id, contact_id).await?;
    crate::donors::access::end_contact_access(&txn, contact_id).await?;
    donor_report_notice::Entity::delete_many()
        .filter(donor_report_notice::Column::ContactId.eq(contact_id))
        .exec(&txn)
        .await?;
    let deleted = donor_contact::Entity::delete_by_id(contact_id).exec(&txn).await?;
    if deleted.rows_affected != 1 {
        return Err(Error::NotFound);
    }
    // As on creation, the audit keeps only which donor the contact belonged to.
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("donor_contact.delete", "donor_contact", contact_id, Some(&donor_id), None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
