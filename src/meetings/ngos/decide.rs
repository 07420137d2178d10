//! The secretariat's decision on a confirmed application: accredit it (each representative is
//! invited like any invitee, organisation type NGO, through the invitations' own rules) or
//! decline it with a reason. Either is audited and emailed to the contact in their language,
//! in the same transaction; an application is decided once.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::listing::{Application, managed_application};
use super::write_to_contact;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{CountryCode, Email, NgoApplicationState, ParticipantRole};
use crate::entities::{ngo_application, ngo_representative};
use crate::error::{Error, Msg, Result};
use crate::i18n::Lang;
use crate::invitations::input::Invitee;
use crate::invitations::rules::{already_invited, check_invitable, create_personal};
use crate::people::PersonInput;

/// The organisation type of NGOs in the reference data.
pub const NGO_ORGANISATION_TYPE: &str = "ngo";

fn undecided(a: &Application) -> Result<()> {
    if a.application.state == NgoApplicationState::Pending {
        Ok(())
    } else {
        Err(Error::Conflict(Msg::new("ngo-err-decided")))
    }
}

/// Records the decision by a conditional update: of two decisions at once, the second finds
/// the application decided and changes nothing.
async fn record_decision<C: sea_orm::ConnectionTrait>(
    db: &C,
    before: &ngo_application::Model,
    state: NgoApplicationState,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<ngo_application::Model> {
    use ngo_application::Column as A;
    use sea_orm::sea_query::Expr;
    let done = ngo_application::Entity::update_many()
        .col_expr(A::State, Expr::value(state.as_str()))
        .col_expr(A::DecisionReason, Expr::value(reason))
        .col_expr(A::DecidedAt, Expr::value(now))
        .col_expr(A::UpdatedAt, Expr::value(now))
        .filter(A::Id.eq(before.id))
        .filter(A::State.eq(NgoApplicationState::Pending))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(Error::Conflict(Msg::new("ngo-err-decided")));
    }
    ngo_application::Entity::find_by_id(before.id).one(db).await?.ok_or(Error::NotFound)
}

/// Accredits an application: its representatives (those not yet invited) are invited to the
/// meeting, the contact is told, and the decision is audited.
pub async fn accredit(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    application_id: i32,
) -> Result<ngo_application::Model> {
    let txn = office.db.write.begin().await?;
    let (e, a) = managed_application(&txn, staff, event_id, application_id).await?;
    undecided(&a)?;
    check_invitable(&e, now)?;
    let lang = Lang::from_tag(&a.application.language).unwrap_or_default();
    let emails: Vec<String> = a.representatives.iter().map(|r| r.email.clone()).collect();
    let invited = already_invited(&txn, e.id, &emails).await?;
    let country = a.application.country_iso3.as_deref().and_then(|c| CountryCode::parse(c).ok());
    let mut invitees = Vec::new();
    for r in a.representatives.iter().filter(|r| !invited.contains(&r.email)) {
        let email = Email::parse(&r.email).map_err(|_| Error::Internal("stored representative address".into()))?;
        let person = PersonInput {
            email,
            title: None,
            given_name: r.given_name.clone(),
            family_name: r.family_name.clone(),
            organisation: Some(a.application.organisation.clone()),
            organisation_type: Some(NGO_ORGANISATION_TYPE.to_owned()),
            country: country.clone(),
            language: lang,
        };
        invitees.push(Invitee { person, role: ParticipantRole::Observer, position: None });
    }
    let actor = Actor::staff(staff);
    let after = record_decision(&txn, &a.application, NgoApplicationState::Accredited, None, now).await?;
    let created = create_personal(&txn, office, now, &actor, &e, &invitees, None).await?;
    for inv in &created {
        ngo_representative::Entity::update_many()
            .col_expr(ngo_representative::Column::InvitationId, sea_orm::sea_query::Expr::value(inv.id))
            .filter(ngo_representative::Column::ApplicationId.eq(a.application.id))
            .filter(ngo_representative::Column::Email.is_in(person_email(&txn, inv.person_id).await?))
            .exec(&txn)
            .await?;
    }
    let change = Change::new("ngos.accredit", "ngo_application", after.id, Some(&a.application), Some(&after));
    audit::record(&txn, &actor, now, change).await?;
    let step = emails::ngo_application::NgoStep::Accredited { representatives: a.representatives.len() };
    write_to_contact(&txn, office, &e, &after, step, now).await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(after)
}

async fn person_email<C: sea_orm::ConnectionTrait>(db: &C, person_id: i32) -> Result<Vec<String>> {
    Ok(crate::entities::person::Entity::find_by_id(person_id).one(db).await?.map(|p| p.email).into_iter().collect())
}

/// Declines an application with the secretariat's reason, told to the contact.
pub async fn decline(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    application_id: i32,
    reason: &str,
) -> Result<ngo_application::Model> {
    let txn = office.db.write.begin().await?;
    let (e, a) = managed_application(&txn, staff, event_id, application_id).await?;
    undecided(&a)?;
    let after =
        record_decision(&txn, &a.application, NgoApplicationState::Declined, Some(reason.to_owned()), now).await?;
    let change = Change::new("ngos.decline", "ngo_application", after.id, Some(&a.application), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    let step = emails::ngo_application::NgoStep::Declined { reason: reason.to_owned() };
    write_to_contact(&txn, office, &e, &after, step, now).await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(after)
}
