//! People: invitees and participants, one record per email address, reused across events.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::domain::{CountryCode, Email, PersonName};
use crate::entities::person;
use crate::error::Result;
use crate::i18n::Lang;

/// What is known about a person when they are invited or register.
#[derive(Debug, Clone)]
pub struct PersonInput {
    /// Address (the person's key).
    pub email: Email,
    /// Honorific such as Mr., Ms., H.E., Dr.
    pub title: Option<String>,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Organisation or ministry.
    pub organisation: Option<String>,
    /// Organisation type code.
    pub organisation_type: Option<String>,
    /// State represented or nationality.
    pub country: Option<CountryCode>,
    /// Language for messages.
    pub language: Lang,
}

/// The person with this address, created if new. An existing record keeps what it has and
/// only gains what was missing: organisers may have corrected it.
pub async fn find_or_create<C: ConnectionTrait>(
    db: &C,
    input: &PersonInput,
    now: DateTime<Utc>,
) -> Result<person::Model> {
    if let Some(existing) =
        person::Entity::find().filter(person::Column::Email.eq(input.email.as_str())).one(db).await?
    {
        let mut model: person::ActiveModel = existing.clone().into();
        let mut changed = false;
        let mut fill = |current: &Option<String>, new: &Option<String>, set: &mut dyn FnMut(Option<String>)| {
            if current.is_none() && new.is_some() {
                set(new.clone());
                changed = true;
            }
        };
        fill(&existing.title, &input.title, &mut |v| model.title = Set(v));
        fill(&existing.organisation, &input.organisation, &mut |v| model.organisation = Set(v));
        fill(&existing.organisation_type, &input.organisation_type, &mut |v| model.organisation_type = Set(v));
        fill(&existing.country_iso3, &input.country.as_ref().map(|c| c.as_str().to_owned()), &mut |v| {
            model.country_iso3 = Set(v)
        });
        if !changed {
            return Ok(existing);
        }
        model.updated_at = Set(now);
        return Ok(model.update(db).await?);
    }
    Ok(new_row(input, now).insert(db).await?)
}

/// A person's full name as shown in lists: "Given FAMILY".
pub fn display_name(p: &person::Model) -> String {
    PersonName::new(&p.given_name, &p.family_name).to_string()
}

/// The row of a new person, for one insert or a multi-row one.
pub fn new_row(input: &PersonInput, now: DateTime<Utc>) -> person::ActiveModel {
    person::ActiveModel {
        email: Set(input.email.as_str().to_owned()),
        title: Set(input.title.clone()),
        given_name: Set(input.given_name.clone()),
        family_name: Set(input.family_name.clone()),
        organisation: Set(input.organisation.clone()),
        organisation_type: Set(input.organisation_type.clone()),
        country_iso3: Set(input.country.as_ref().map(|c| c.as_str().to_owned())),
        gender: Set(None),
        language: Set(input.language.code().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}
