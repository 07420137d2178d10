//! Reference data (States, regional groups, programmes, units, organisation types), loaded
//! once per process: it only changes through `convene seed`, which runs before `serve`.

use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use crate::entities::{country, organisation_type, programme, regional_group, unit};
use crate::error::Result;

/// The reference lists, in display order.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// UN regional groups.
    pub regional_groups: Vec<regional_group::Model>,
    /// Member and observer States, by name.
    pub countries: Vec<country::Model>,
    /// Programmes, by code.
    pub programmes: Vec<programme::Model>,
    /// Organising units, by code.
    pub units: Vec<unit::Model>,
    /// Organisation types.
    pub organisation_types: Vec<organisation_type::Model>,
}

impl Reference {
    /// Reads every list.
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<Self> {
        Ok(Self {
            regional_groups: regional_group::Entity::find().order_by_asc(regional_group::Column::Name).all(db).await?,
            countries: country::Entity::find().order_by_asc(country::Column::Name).all(db).await?,
            programmes: programme::Entity::find().order_by_asc(programme::Column::Code).all(db).await?,
            units: unit::Entity::find().order_by_asc(unit::Column::Code).all(db).await?,
            organisation_types: organisation_type::Entity::find()
                .order_by_asc(organisation_type::Column::Code)
                .all(db)
                .await?,
        })
    }

    /// A programme's name, or its code when unknown.
    pub fn programme_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.programmes.iter().find(|p| p.code == code).map(|p| p.name.as_str()).unwrap_or(code)
    }

    /// A unit's name, or its code when unknown.
    pub fn unit_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.units.iter().find(|u| u.code == code).map(|u| u.name.as_str()).unwrap_or(code)
    }

    /// A country's name, or its code when unknown.
    pub fn country_name<'a>(&'a self, iso3: &'a str) -> &'a str {
        self.countries.iter().find(|c| c.iso3 == iso3).map(|c| c.name.as_str()).unwrap_or(iso3)
    }

    /// Whether `code` is a programme.
    pub fn has_programme(&self, code: &str) -> bool {
        self.programmes.iter().any(|p| p.code == code)
    }

    /// Whether `code` is a unit.
    pub fn has_unit(&self, code: &str) -> bool {
        self.units.iter().any(|u| u.code == code)
    }

    /// Whether `iso3` is a known State.
    pub fn has_country(&self, iso3: &str) -> bool {
        self.countries.iter().any(|c| c.iso3 == iso3)
    }
}
