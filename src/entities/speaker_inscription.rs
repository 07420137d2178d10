//! An inscription on the list of speakers of an agenda item, at its place.

use sea_orm::entity::prelude::*;

use crate::domain::{InscriptionState, SpeakerKind, SpeakerLevel};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "speaker_inscriptions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub agenda_item_id: i32,
    pub speaker: SpeakerKind,
    pub country_iso3: Option<String>,
    pub speaker_name: Option<String>,
    pub on_behalf_of: Option<String>,
    pub level: SpeakerLevel,
    pub place: i32,
    pub state: InscriptionState,
    pub delegation_id: Option<i32>,
    pub inscribed_by: String,
    pub inscribed_at: DateTimeUtc,
    pub spoke_at: Option<DateTimeUtc>,
    pub withdrawn_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
