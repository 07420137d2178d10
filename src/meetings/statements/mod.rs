//! Delegations' statements: the focal point uploads a PDF per language for an agenda item
//! ([`upload`]) and chooses when it is published — once the delegation's speaker has spoken on
//! the item, or at a time; it can withdraw it before then ([`withdraw`]). The public page shows
//! published statements under their item, tagged "Check against delivery"; the secretariat
//! sees all of them.

pub mod upload;
pub mod withdraw;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub use upload::{StatementInput, upload_by_link};
pub use withdraw::withdraw_by_link;

use crate::Office;
use crate::auth::StaffUser;
use crate::domain::{InscriptionState, Language, StatementPublication};
use crate::entities::{agenda_item, delegation, event, speaker_inscription, statement};
use crate::error::{Error, Result};
use crate::files::{self, Opened};
use crate::i18n::Lang;
use crate::participants::names::state_name;

/// Whether a statement is public: its delegation's speaker has spoken on its item (`spoke`), or
/// its chosen time has come.
pub fn is_published(s: &statement::Model, spoke: bool, now: DateTime<Utc>) -> bool {
    match s.publication {
        StatementPublication::AfterSpeaking => spoke,
        StatementPublication::AtTime => s.publish_at.is_some_and(|at| at <= now),
    }
}

/// A statement as lists show it.
#[derive(Debug, Clone)]
pub struct StatementRow {
    /// The statement.
    pub statement: statement::Model,
    /// Its language.
    pub language: Language,
    /// The delegation's State, its name in the reader's language.
    pub state: String,
    /// The State's code.
    pub country_iso3: String,
    /// The agenda item's number.
    pub item_number: String,
    /// Whether it is public now.
    pub published: bool,
}

/// The (item, delegation) pairs whose speaker has spoken, among `items`.
async fn spoken<C: ConnectionTrait>(db: &C, items: &[i32]) -> Result<HashSet<(i32, i32)>> {
    Ok(speaker_inscription::Entity::find()
        .filter(speaker_inscription::Column::AgendaItemId.is_in(items.iter().copied()))
        .filter(speaker_inscription::Column::State.eq(InscriptionState::Spoke))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|i| Some((i.agenda_item_id, i.delegation_id?)))
        .collect())
}

/// Whether delegation `delegation_id`'s speaker has spoken on item `item_id`.
pub(crate) async fn has_spoken<C: ConnectionTrait>(db: &C, item_id: i32, delegation_id: i32) -> Result<bool> {
    Ok(spoken(db, &[item_id]).await?.contains(&(item_id, delegation_id)))
}

/// The statements of a meeting (of one delegation when `only` is set), in agenda order, with
/// whether each is published at `now`.
async fn rows_of<C: ConnectionTrait>(
    db: &C,
    office: &Office,
    event_id: i32,
    only: Option<i32>,
    (now, lang): (DateTime<Utc>, Lang),
) -> Result<Vec<StatementRow>> {
    let items = super::agenda::items_of(db, event_id).await?;
    let mut query = statement::Entity::find().filter(statement::Column::EventId.eq(event_id));
    if let Some(d) = only {
        query = query.filter(statement::Column::DelegationId.eq(d));
    }
    let statements = query.order_by_asc(statement::Column::Id).all(db).await?;
    let item_ids: Vec<i32> = items.iter().map(|i| i.id).collect();
    let spoken = spoken(db, &item_ids).await?;
    let countries: HashMap<i32, String> = delegation::Entity::find()
        .filter(delegation::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.country_iso3))
        .collect();
    let mut rows: Vec<StatementRow> = statements
        .into_iter()
        .filter_map(|s| {
            let item = items.iter().find(|i| i.id == s.agenda_item_id)?;
            let iso3 = countries.get(&s.delegation_id)?.clone();
            Some(StatementRow {
                language: s.language.parse().ok()?,
                state: state_name(&office.reference, &iso3, lang),
                country_iso3: iso3,
                item_number: item.number.clone(),
                published: is_published(&s, spoken.contains(&(s.agenda_item_id, s.delegation_id)), now),
                statement: s,
            })
        })
        .collect();
    let place = |id: i32| items.iter().position(|i| i.id == id);
    rows.sort_by(|a, b| {
        (place(a.statement.agenda_item_id), &a.state, a.statement.id).cmp(&(
            place(b.statement.agenda_item_id),
            &b.state,
            b.statement.id,
        ))
    });
    Ok(rows)
}

/// The published statements of a published meeting.
pub async fn published_statements(
    office: &Office,
    now: DateTime<Utc>,
    event_id: i32,
    lang: Lang,
) -> Result<Vec<StatementRow>> {
    let db = &office.db.read;
    let event = super::public_meeting(db, event_id).await?;
    let rows = rows_of(db, office, event.id, None, (now, lang)).await?;
    Ok(rows.into_iter().filter(|r| r.published).collect())
}

/// Every statement of a meeting the staff member manages, published or not.
pub async fn staff_statements(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    lang: Lang,
) -> Result<Vec<StatementRow>> {
    let db = &office.db.read;
    let event = super::managed_meeting(db, staff, event_id).await?;
    rows_of(db, office, event.id, None, (now, lang)).await
}

/// What the focal point's statements page shows.
#[derive(Debug, Clone)]
pub struct LinkStatements {
    /// The meeting.
    pub event: event::Model,
    /// The delegation's State, in the reader's language.
    pub state: String,
    /// The language of the focal point's invitation.
    pub language: String,
    /// The agenda's items.
    pub items: Vec<agenda_item::Model>,
    /// The delegation's statements.
    pub rows: Vec<StatementRow>,
}

/// The focal point's statements page behind its link (showing it changes nothing).
pub async fn link_page(office: &Office, now: DateTime<Utc>, token: &str, lang: Lang) -> Result<LinkStatements> {
    let db = &office.db.read;
    let (inv, event, d) = crate::invitations::delegations::by_link(db, token, now).await?;
    if !super::is_serviced(event.kind) {
        return Err(Error::NotFound);
    }
    let items = super::agenda::items_of(db, event.id).await?;
    let rows = rows_of(db, office, event.id, Some(d.id), (now, lang)).await?;
    Ok(LinkStatements {
        state: state_name(&office.reference, &d.country_iso3, lang),
        language: inv.language,
        items,
        rows,
        event,
    })
}

/// Who opens a statement.
#[derive(Debug, Clone, Copy)]
pub enum StatementReader<'a> {
    /// Anyone, on the public page of meeting (event id): published statements only.
    Anyone(i32),
    /// A staff member managing meeting (event id): every statement.
    Staff(&'a StaffUser, i32),
    /// The delegation's focal point, by its link's token: its own statements.
    FocalPoint(&'a str),
}

/// Opens statement `id` for `reader`, or not found.
pub async fn open_statement(
    office: &Office,
    now: DateTime<Utc>,
    reader: StatementReader<'_>,
    id: i32,
) -> Result<(StatementRow, Opened)> {
    let db = &office.db.read;
    let (event_id, only, published_only) = match reader {
        StatementReader::Anyone(e) => (super::public_meeting(db, e).await?.id, None, true),
        StatementReader::Staff(staff, e) => (super::managed_meeting(db, staff, e).await?.id, None, false),
        StatementReader::FocalPoint(token) => {
            let (_, event, d) = crate::invitations::delegations::by_link(db, token, now).await?;
            (event.id, Some(d.id), false)
        }
    };
    let row = rows_of(db, office, event_id, only, (now, Lang::En))
        .await?
        .into_iter()
        .find(|r| r.statement.id == id && (r.published || !published_only))
        .ok_or(Error::NotFound)?;
    let opened = files::open(db, &office.settings.documents, row.statement.stored_file_id).await?;
    Ok((row, opened))
}

/// The name a statement is downloaded under: State, item and language.
pub fn download_name(row: &StatementRow) -> String {
    let name = format!("statement-{}-{}-{}", row.country_iso3, row.item_number, row.language.as_str());
    files::safe_filename(&name, files::FileKind::Pdf)
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    fn statement(publication: StatementPublication, publish_at: Option<DateTime<Utc>>) -> statement::Model {
        statement::Model {
            id: 1,
            event_id: 1,
            agenda_item_id: 1,
            delegation_id: 1,
            language: "en".into(),
            stored_file_id: 1,
            publication,
            publish_at,
            uploaded_by: "focal point".into(),
            uploaded_at: Utc::now(),
        }
    }

    #[test]
    fn published_after_speaking_or_at_its_time() {
        let now = Utc::now();
        let after = statement(StatementPublication::AfterSpeaking, None);
        assert!(!is_published(&after, false, now));
        assert!(is_published(&after, true, now));
        let later = statement(StatementPublication::AtTime, Some(now + Duration::minutes(5)));
        assert!(!is_published(&later, true, now));
        assert!(is_published(&later, false, now + Duration::minutes(5)));
        assert!(!is_published(&statement(StatementPublication::AtTime, None), true, now));
    }
}
