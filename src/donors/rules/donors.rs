//! Donors: recorded once by name, with their files of contacts and contributions.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use serde::Serialize;

use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::{Db, is_unique_violation};
use crate::donors::DonorKind;
use crate::donors::input::NewDonor;
use crate::entities::{contribution, donor, donor_contact};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::reference::Reference;

/// A donor with its contacts and contributions.
#[derive(Debug, Clone)]
pub struct DonorFile {
    /// The donor.
    pub donor: donor::Model,
    /// Its contacts.
    pub contacts: Vec<donor_contact::Model>,
    /// Its contributions, newest first.
    pub contributions: Vec<contribution::Model>,
}

/// Audit snapshot of a donor.
#[derive(Serialize)]
struct DonorSnapshot<'a> {
    name: &'a str,
    kind: DonorKind,
    country: Option<&'a str>,
}

impl<'a> DonorSnapshot<'a> {
    fn of(d: &'a donor::Model) -> Self {
        Self { name: &d.name, kind: d.kind, country: d.country_iso3.as_deref() }
    }
}

/// Every donor, by name.
pub async fn list_donors<C: ConnectionTrait>(db: &C) -> Result<Vec<donor::Model>> {
    Ok(donor::Entity::find().order_by_asc(donor::Column::Name).all(db).await?)
}

/// Records a new donor; a government's State must be in the reference list.
pub async fn create_donor(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    input: NewDonor,
    now: DateTime<Utc>,
) -> Result<i32> {
    let country = donor_country(reference, &input)?;
    let txn = db.write.begin().await?;
    let row = donor::ActiveModel {
        name: Set(input.name.clone()),
        kind: Set(input.kind),
        country_iso3: Set(country.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(donor_name_taken)?;
    let snap = DonorSnapshot::of(&row);
    audit::record(&txn, &Actor::staff(staff), now, Change::new("donor.create", "donor", row.id, None, Some(&snap)))
        .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// The stored State of a donor: a government's, which must be in the reference list.
fn donor_country(reference: &Reference, input: &NewDonor) -> Result<Option<String>> {
    if let Some(c) = &input.country
        && !reference.has_country(c.as_str())
    {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    Ok(if input.kind == DonorKind::Government { input.country.as_ref().map(|c| c.as_str().to_owned()) } else { None })
}

/// A donor's name is unique: a clash names the field.
fn donor_name_taken(e: sea_orm::DbErr) -> Error {
    if is_unique_violation(&e) { FieldErrors::clash("name", Msg::new("err-donor-exists")) } else { e.into() }
}

/// Corrects a donor's name, kind or State, with the same checks as [`create_donor`].
pub async fn update_donor(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    id: i32,
    input: NewDonor,
    now: DateTime<Utc>,
) -> Result<donor::Model> {
    let country = donor_country(reference, &input)?;
    let txn = db.write.begin().await?;
    let old = donor::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    let mut row: donor::ActiveModel = old.clone().into();
    row.name = Set(input.name);
    row.kind = Set(input.kind);
    row.country_iso3 = Set(country);
    row.updated_at = Set(now);
    let row = row.update(&txn).await.map_err(donor_name_taken)?;
    let change =
        Change::new("donor.update", "donor", id, Some(&DonorSnapshot::of(&old)), Some(&DonorSnapshot::of(&row)));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    Ok(row)
}

/// One donor with its contacts and contributions.
pub async fn donor_file<C: ConnectionTrait>(db: &C, id: i32) -> Result<DonorFile> {
    let donor = donor::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    let contacts = donor_contact::Entity::find()
        .filter(donor_contact::Column::DonorId.eq(id))
        .order_by_asc(donor_contact::Column::Name)
        .all(db)
        .await?;
    let contributions = donor_contributions(db, id).await?;
    Ok(DonorFile { donor, contacts, contributions })
}

/// A donor's contributions, newest pledge first.
pub async fn donor_contributions<C: ConnectionTrait>(db: &C, donor_id: i32) -> Result<Vec<contribution::Model>> {
    Ok(contribution::Entity::find()
        .filter(contribution::Column::DonorId.eq(donor_id))
        .order_by_desc(contribution::Column::PledgedOn)
        .order_by_desc(contribution::Column::Id)
        .all(db)
        .await?)
}
