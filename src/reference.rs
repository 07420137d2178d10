//! Reference data (States, regional groups, programmes, units, organisation types), loaded
//! once per process: it only changes through `convene seed`, which runs before `serve`.

use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use crate::entities::{country, organisation_type, programme, regional_group, unit};
use crate::error::Result;
use crate::i18n::Tr;

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

    /// A regional group's name, or its code when unknown.
    pub fn group_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.regional_groups.iter().find(|g| g.code == code).map(|g| g.name.as_str()).unwrap_or(code)
    }

    /// An organisation type's (English) name, or its code when unknown.
    pub fn organisation_type_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.organisation_types.iter().find(|t| t.code == code).map(|t| t.name.as_str()).unwrap_or(code)
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

/// A programme's name in the reader's language.
pub fn programme(tr: Tr, reference: &Reference, code: &str) -> String {
    translated(tr, &format!("programme-{code}"), reference.programme_name(code))
}

/// A unit's name in the reader's language.
pub fn unit(tr: Tr, reference: &Reference, code: &str) -> String {
    translated(tr, &format!("unit-{code}"), reference.unit_name(code))
}

/// A regional group's name in the reader's language.
pub fn regional_group(tr: Tr, reference: &Reference, code: &str) -> String {
    translated(tr, &format!("group-{code}"), reference.group_name(code))
}

/// An organisation type's name in the reader's language.
pub fn organisation_type(tr: Tr, reference: &Reference, code: &str) -> String {
    translated(tr, &format!("org-type-{code}"), reference.organisation_type_name(code))
}

/// The catalogue's message `key`; a code the catalogue does not know (added by a later seed)
/// shows under the reference's English name rather than as a key.
pub fn translated(tr: Tr, key: &str, fallback: &str) -> String {
    if tr.has(key) { tr.t(key) } else { fallback.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The (code, name) rows of one list of seeds/reference.toml.
    fn seeded(list: &str) -> Vec<(String, String)> {
        let text = include_str!("../seeds/reference.toml");
        let file: toml::Table = toml::from_str(text).unwrap_or_default();
        let rows = file.get(list).and_then(|v| v.as_array()).cloned().unwrap_or_default();
        let field = |r: &toml::Value, f: &str| r.get(f).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        rows.iter().map(|r| (field(r, "code"), field(r, "name"))).collect()
    }

    #[test]
    fn every_seeded_code_has_its_english_name_in_the_catalogue() {
        let tr = Tr(Lang::En);
        let mut wrong = Vec::new();
        for (list, prefix) in [("regional_group", "group"), ("programme", "programme"), ("unit", "unit")] {
            let rows = seeded(list);
            assert!(!rows.is_empty(), "no {list} in seeds/reference.toml");
            for (code, name) in rows {
                let key = format!("{prefix}-{code}");
                if !tr.has(&key) || tr.t(&key) != name {
                    wrong.push(key);
                }
            }
        }
        assert!(wrong.is_empty(), "missing or unlike seeds/reference.toml in locales/en/reference.ftl: {wrong:?}");
    }

    #[test]
    fn names_translate_and_unknown_codes_keep_the_stored_name() {
        let mut reference = Reference::default();
        reference.programmes.push(programme::Model { code: "LATER".into(), name: "A later programme".into() });
        let fr = Tr(Lang::Fr);
        assert_eq!(programme(fr, &reference, "1540"), "Résolution 1540 du Conseil de sécurité");
        assert_eq!(regional_group(fr, &reference, "EEG"), "États d’Europe orientale");
        assert_eq!(programme(fr, &reference, "LATER"), "A later programme");
        assert_eq!(unit(fr, &reference, "NOWHERE"), "NOWHERE");
    }
}
