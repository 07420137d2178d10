//! The list of speakers of an agenda item: inscriptions by a delegation's focal point or by the
//! secretariat ([`inscribe`]), the chair's and secretariat's changes — "spoke", a move up or
//! down, a withdrawal ([`chair`]) — and the list as the pages, the API and the PDF show it.

mod chair;
mod inscribe;

use chrono::{DateTime, Utc};

pub use chair::{Direction, mark_spoke, move_speaker, withdraw, withdraw_by_link};
pub use inscribe::{InscriptionInput, Speaker, inscribe, inscribe_by_link};

use super::agenda::{managed_item, public_agenda};
use super::store;
use crate::Office;
use crate::auth::StaffUser;
use crate::domain::{InscriptionState, SpeakerKind, SpeakerLevel};
use crate::entities::{agenda_item, event, speaker_inscription};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Tr};
use crate::participants::names::state_name;
use crate::reference::{self, Reference};

/// One inscription as lists show it, names in the reader's language.
#[derive(Debug, Clone)]
pub struct SpeakerRow {
    /// The inscription's id.
    pub id: i32,
    /// Its place on the published list (1 first); none once withdrawn.
    pub place: Option<usize>,
    /// A State or an observer.
    pub speaker: SpeakerKind,
    /// The State's code, for a State.
    pub country_iso3: Option<String>,
    /// The State's name in the reader's language, or the observer's name.
    pub name: String,
    /// The group it speaks for, as shown ("African States", "Non-Aligned Movement").
    pub on_behalf_of: Option<String>,
    /// Whether that group is a UN regional group.
    pub regional_group: bool,
    /// The group as stored: a regional group's code, or the name as written.
    pub group_stored: Option<String>,
    /// The protocol level.
    pub level: SpeakerLevel,
    /// Where it stands.
    pub state: InscriptionState,
    /// When it was inscribed.
    pub inscribed_at: DateTime<Utc>,
    /// When it was heard.
    pub spoke_at: Option<DateTime<Utc>>,
    /// The delegation it belongs to, when inscribed through one.
    pub delegation_id: Option<i32>,
}

/// The list of speakers of one agenda item.
#[derive(Debug, Clone)]
pub struct ListOfSpeakers {
    /// The meeting.
    pub event: event::Model,
    /// The agenda item.
    pub item: agenda_item::Model,
    /// Every inscription in place order, withdrawn ones last.
    pub rows: Vec<SpeakerRow>,
}

impl ListOfSpeakers {
    /// The inscriptions not yet heard, in order: the first is speaking, the second is next.
    pub fn not_yet_heard(&self) -> impl Iterator<Item = &SpeakerRow> {
        self.rows.iter().filter(|r| r.state == InscriptionState::Inscribed)
    }

    /// Who has the floor: the first speaker not yet heard.
    pub fn speaking_now(&self) -> Option<&SpeakerRow> {
        self.not_yet_heard().next()
    }

    /// Who speaks next.
    pub fn next(&self) -> Option<&SpeakerRow> {
        self.not_yet_heard().nth(1)
    }

    /// The published list: everyone not withdrawn, in order.
    pub fn published(&self) -> impl Iterator<Item = &SpeakerRow> {
        self.rows.iter().filter(|r| r.place.is_some())
    }
}

/// A group's name as shown: a UN regional group's in the reader's language, any other as written.
pub fn group_shown(reference: &Reference, lang: Lang, group: &str) -> (String, bool) {
    if reference.regional_groups.iter().any(|g| g.code == group) {
        (reference::regional_group(Tr(lang), reference, group), true)
    } else {
        (group.to_owned(), false)
    }
}

/// The rows of `inscriptions` (in place order) with their places and names in `lang`.
pub fn rows(reference: &Reference, lang: Lang, inscriptions: Vec<speaker_inscription::Model>) -> Vec<SpeakerRow> {
    let mut place = 0;
    let mut rows: Vec<SpeakerRow> = inscriptions
        .into_iter()
        .map(|i| {
            let shown = (i.state != InscriptionState::Withdrawn).then(|| {
                place += 1;
                place
            });
            let name = match (&i.country_iso3, &i.speaker_name) {
                (Some(iso3), _) => state_name(reference, iso3, lang),
                (None, Some(name)) => name.clone(),
                (None, None) => String::new(),
            };
            let group = i.on_behalf_of.as_deref().map(|g| group_shown(reference, lang, g));
            let group_stored = i.on_behalf_of.clone();
            SpeakerRow {
                id: i.id,
                place: shown,
                speaker: i.speaker,
                country_iso3: i.country_iso3,
                name,
                regional_group: group.as_ref().is_some_and(|g| g.1),
                on_behalf_of: group.map(|g| g.0),
                group_stored,
                level: i.level,
                state: i.state,
                inscribed_at: i.inscribed_at,
                spoke_at: i.spoke_at,
                delegation_id: i.delegation_id,
            }
        })
        .collect();
    rows.sort_by_key(|r| r.place.is_none());
    rows
}

/// The list of speakers of an item of a meeting the staff member manages (the chair's view).
pub async fn staff_list(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    item_id: i32,
    lang: Lang,
) -> Result<ListOfSpeakers> {
    let db = &office.db.read;
    let (event, item) = managed_item(db, staff, event_id, item_id).await?;
    let inscriptions = store::inscriptions_of(db, item.id).await?;
    Ok(ListOfSpeakers { rows: rows(&office.reference, lang, inscriptions), event, item })
}

/// The published lists of speakers of a published meeting, one per agenda item, in agenda order.
pub async fn public_lists(office: &Office, event_id: i32, lang: Lang) -> Result<(event::Model, Vec<ListOfSpeakers>)> {
    let (event, items) = public_agenda(office, event_id).await?;
    let mut lists = Vec::with_capacity(items.len());
    for item in items {
        let inscriptions = store::inscriptions_of(&office.db.read, item.id).await?;
        lists.push(ListOfSpeakers { rows: rows(&office.reference, lang, inscriptions), event: event.clone(), item });
    }
    Ok((event, lists))
}

/// The published list of one item of a published meeting.
pub async fn public_list(office: &Office, event_id: i32, item_id: i32, lang: Lang) -> Result<ListOfSpeakers> {
    let (_, lists) = public_lists(office, event_id, lang).await?;
    lists.into_iter().find(|l| l.item.id == item_id).ok_or(Error::NotFound)
}

/// What a focal point's list of speakers page shows.
#[derive(Debug, Clone)]
pub struct LinkSpeakers {
    /// The meeting.
    pub event: event::Model,
    /// The State's name in the reader's language.
    pub state: String,
    /// The language of the focal point's invitation.
    pub language: String,
    /// Every agenda item with its list, the delegation's own inscriptions among the rows.
    pub lists: Vec<ListOfSpeakers>,
    /// The delegation's id, to tell its inscriptions.
    pub delegation_id: i32,
}

/// The focal point's page of the lists of speakers behind its link (showing it changes nothing).
pub async fn link_page(office: &Office, now: DateTime<Utc>, token: &str, lang: Lang) -> Result<LinkSpeakers> {
    let db = &office.db.read;
    let (inv, event, d) = crate::invitations::delegations::by_link(db, token, now).await?;
    if !super::is_serviced(event.kind) {
        return Err(Error::NotFound);
    }
    let mut lists = Vec::new();
    for item in super::agenda::items_of(db, event.id).await? {
        let inscriptions = store::inscriptions_of(db, item.id).await?;
        lists.push(ListOfSpeakers { rows: rows(&office.reference, lang, inscriptions), event: event.clone(), item });
    }
    Ok(LinkSpeakers {
        state: state_name(&office.reference, &d.country_iso3, lang),
        language: inv.language,
        lists,
        delegation_id: d.id,
        event,
    })
}
