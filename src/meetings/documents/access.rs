//! Who may read a meeting's documents: anyone reads the general and limited ones of a published
//! meeting; the meeting's staff and its confirmed participants (through their manage links) read
//! the restricted ones too. A restricted document is not found for anyone else.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{Documents, document_of, rows_of};
use crate::Office;
use crate::auth::{StaffUser, tokens};
use crate::domain::{Language, RegistrationState};
use crate::entities::{event, official_document, official_document_version, registration};
use crate::error::{Error, Msg, Result};
use crate::files::{self, Opened};
use crate::meetings::{agenda, is_serviced, managed_meeting, public_meeting};

/// Who is reading.
#[derive(Debug, Clone, Copy)]
pub enum Reader<'a> {
    /// Anyone, on the public pages of meeting (event id).
    Anyone(i32),
    /// A staff member managing meeting (event id).
    Staff(&'a StaffUser, i32),
    /// A participant, through the manage link's token.
    Participant(&'a str),
}

/// The meeting a confirmed participant's manage link belongs to; a link of another kind of
/// event is not found, an unconfirmed registration is refused.
pub async fn participant_meeting(office: &Office, token: &str) -> Result<(registration::Model, event::Model)> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let db = &office.db.read;
    let r = registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(tokens::hash(token)))
        .one(db)
        .await?
        .ok_or_else(gone)?;
    let event = event::Entity::find_by_id(r.event_id).one(db).await?.ok_or(Error::NotFound)?;
    if !is_serviced(event.kind) {
        return Err(Error::NotFound);
    }
    if r.state != RegistrationState::Confirmed {
        return Err(Error::Forbidden);
    }
    Ok((r, event))
}

/// The meeting `reader` reads, and whether restricted documents are theirs to read.
async fn meeting_of(office: &Office, reader: Reader<'_>) -> Result<(event::Model, bool)> {
    match reader {
        Reader::Anyone(id) => Ok((public_meeting(&office.db.read, id).await?, false)),
        Reader::Staff(staff, id) => Ok((managed_meeting(&office.db.read, staff, id).await?, true)),
        Reader::Participant(token) => Ok((participant_meeting(office, token).await?.1, true)),
    }
}

async fn documents(office: &Office, reader: Reader<'_>, q: &str) -> Result<Documents> {
    let (event, restricted) = meeting_of(office, reader).await?;
    let db = &office.db.read;
    let items = agenda::items_of(db, event.id).await?;
    let rows = rows_of(db, event.id, restricted, q).await?;
    Ok(Documents { event, items, rows })
}

/// Every document of a meeting the staff member manages, matching `q`.
pub async fn staff_documents(office: &Office, staff: &StaffUser, event_id: i32, q: &str) -> Result<Documents> {
    documents(office, Reader::Staff(staff, event_id), q).await
}

/// The general and limited documents of a published meeting, matching `q`.
pub async fn public_documents(office: &Office, event_id: i32, q: &str) -> Result<Documents> {
    documents(office, Reader::Anyone(event_id), q).await
}

/// Every document of the meeting of a confirmed participant's manage link, matching `q`.
pub async fn participant_documents(office: &Office, token: &str, q: &str) -> Result<Documents> {
    documents(office, Reader::Participant(token), q).await
}

/// Opens the `language` version of document `id` for `reader`: not found when the document is
/// not the reader's meeting's, is restricted and the reader may not read it, or has no such version.
pub async fn open_version(
    office: &Office,
    reader: Reader<'_>,
    id: i32,
    language: Language,
) -> Result<(official_document::Model, Opened)> {
    let (event, restricted) = meeting_of(office, reader).await?;
    let db = &office.db.read;
    let doc = document_of(db, event.id, id).await?;
    if !restricted && !doc.distribution.is_public() {
        return Err(Error::NotFound);
    }
    let version = official_document_version::Entity::find()
        .filter(official_document_version::Column::OfficialDocumentId.eq(doc.id))
        .filter(official_document_version::Column::Language.eq(language.as_str()))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let opened = files::open(db, &office.settings.documents, version.stored_file_id).await?;
    Ok((doc, opened))
}

/// The name a version is downloaded under: its symbol made safe, and its language.
pub fn download_name(doc: &official_document::Model, language: Language) -> String {
    files::safe_filename(&format!("{}-{}", doc.symbol.replace('/', "_"), language.as_str()), files::FileKind::Pdf)
}
