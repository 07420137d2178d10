//! The organiser's list of an event's registrations: filters, search, pages and CSV export.
//! Counting and filtering happen in the database.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Select};
use serde::Deserialize;

use crate::auth::StaffUser;
use crate::db::Db;
use crate::domain::{self, Gender, ParticipantRole, RegistrationState};
use crate::entities::{event, person, registration};
use crate::error::{FieldErrors, Msg, Result};
use crate::events::rules::managed_event;
use crate::export::Csv;
use crate::reference::Reference;

/// Filters as typed (query string).
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RegistrationQuery {
    /// pending, confirmed, waitlisted, offered, rejected, cancelled, lapsed
    pub state: String,
    /// ISO3 of the State represented.
    pub country: String,
    /// Regional group code (AFRICAN, APG, EEG, GRULAC, WEOG).
    pub group: String,
    /// woman, man, another, undisclosed
    pub gender: String,
    /// Participant role.
    pub role: String,
    /// Organisation type code.
    pub organisation_type: String,
    /// Words in the name or email.
    pub q: String,
    /// Page from 1.
    pub page: String,
}

/// Parsed filters.
#[derive(Debug, Clone, Default)]
pub struct RegistrationFilter {
    state: Option<RegistrationState>,
    countries: Option<Vec<String>>,
    gender: Option<Gender>,
    role: Option<ParticipantRole>,
    organisation_type: Option<String>,
    search: Option<String>,
}

impl RegistrationQuery {
    /// Parses the filters against the reference lists; a bad value names its field.
    pub fn parse(&self, reference: &Reference) -> Result<(RegistrationFilter, u64)> {
        let mut e = FieldErrors::new();
        let opt = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_owned());
        let state = opt(&self.state).and_then(|v| domain::parse_field::<RegistrationState>(&mut e, "state", &v));
        let mut countries = None;
        if let Some(c) = opt(&self.country) {
            let c = c.to_ascii_uppercase();
            if reference.has_country(&c) {
                countries = Some(vec![c])
            } else {
                e.add("country", Msg::new("err-country-unknown"))
            }
        }
        if let Some(g) = opt(&self.group) {
            if reference.regional_groups.iter().any(|r| r.code == g) {
                let members: Vec<String> = reference
                    .countries
                    .iter()
                    .filter(|c| c.regional_group.as_deref() == Some(g.as_str()))
                    .map(|c| c.iso3.clone())
                    .collect();
                countries = Some(match countries {
                    Some(one) => one.into_iter().filter(|c| members.contains(c)).collect(),
                    None => members,
                });
            } else {
                e.add("group", Msg::new("err-choice"));
            }
        }
        let gender = opt(&self.gender).and_then(|v| domain::parse_field::<Gender>(&mut e, "gender", &v));
        let role = opt(&self.role).and_then(|v| domain::parse_field::<ParticipantRole>(&mut e, "role", &v));
        let organisation_type = opt(&self.organisation_type);
        if let Some(t) = &organisation_type
            && !reference.organisation_types.iter().any(|o| &o.code == t)
        {
            e.add("organisation_type", Msg::new("err-choice"));
        }
        let page = domain::parse_page(&self.page).unwrap_or_else(|m| {
            e.add("page", m);
            1
        });
        let search =
            opt(&self.q).map(|q| q.chars().take(100).collect::<String>().to_lowercase().replace(['%', '_', '\\'], ""));
        e.into_result((RegistrationFilter { state, countries, gender, role, organisation_type, search }, page))
    }

    /// The query string without the page.
    pub fn without_page(&self) -> String {
        self.with_state(&self.state)
    }

    /// The query string without the page, with `state` in place of the chosen state (empty:
    /// every state).
    pub fn with_state(&self, state: &str) -> String {
        self.query_with(state, &[])
    }

    /// The query string with `state` in place of the chosen state and `extra` pairs after
    /// (empty values left out).
    pub fn query_with(&self, state: &str, extra: &[(&str, &str)]) -> String {
        let mut pairs = vec![
            ("state", state),
            ("country", &self.country),
            ("group", &self.group),
            ("gender", &self.gender),
            ("role", &self.role),
            ("organisation_type", &self.organisation_type),
            ("q", &self.q),
        ];
        pairs.extend_from_slice(extra);
        domain::filters_query(&pairs)
    }
}

fn filtered(event_id: i32, f: &RegistrationFilter) -> Select<registration::Entity> {
    let mut q = registration::Entity::find().filter(registration::Column::EventId.eq(event_id));
    if let Some(s) = f.state {
        q = q.filter(registration::Column::State.eq(s));
    }
    if let Some(c) = &f.countries {
        q = q.filter(registration::Column::CountryIso3.is_in(c.clone()));
    }
    if let Some(g) = f.gender {
        q = q.filter(registration::Column::Gender.eq(g));
    }
    if let Some(r) = f.role {
        q = q.filter(registration::Column::Role.eq(r));
    }
    if let Some(t) = &f.organisation_type {
        q = q.filter(registration::Column::OrganisationType.eq(t.as_str()));
    }
    if let Some(words) = &f.search {
        let pattern = format!("%{words}%");
        let emails = Query::select()
            .column(person::Column::Id)
            .from(person::Entity)
            .and_where(Expr::col(person::Column::Email).like(pattern.clone()))
            .to_owned();
        q = q.filter(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(registration::Column::GivenName))).like(pattern.clone()))
                .add(Expr::expr(Func::lower(Expr::col(registration::Column::FamilyName))).like(pattern))
                .add(registration::Column::PersonId.in_subquery(emails)),
        );
    }
    q.order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .order_by_asc(registration::Column::Id)
}

/// A registration row with the person's address.
#[derive(Debug, Clone)]
pub struct Row {
    /// The registration.
    pub registration: registration::Model,
    /// The person's email.
    pub email: String,
}

/// One page of an event's registrations and the counts per state.
#[derive(Debug, Clone)]
pub struct Listing {
    /// The event.
    pub event: event::Model,
    /// This page's rows.
    pub rows: Vec<Row>,
    /// Matching rows in all pages.
    pub total: u64,
    /// Page number.
    pub page: u64,
    /// Number of pages.
    pub pages: u64,
    /// Registrations per state (all, unfiltered).
    pub counts: Vec<(RegistrationState, u64)>,
}

/// Rows per page.
pub const PER_PAGE: u64 = 50;

async fn with_emails(db: &Db, regs: Vec<registration::Model>) -> Result<Vec<Row>> {
    let ids: Vec<i32> = regs.iter().map(|r| r.person_id).collect();
    let mut emails: HashMap<i32, String> = HashMap::new();
    for chunk in ids.chunks(500) {
        for p in person::Entity::find().filter(person::Column::Id.is_in(chunk.to_vec())).all(&db.read).await? {
            emails.insert(p.id, p.email);
        }
    }
    Ok(regs
        .into_iter()
        .map(|r| Row { email: emails.get(&r.person_id).cloned().unwrap_or_default(), registration: r })
        .collect())
}

/// The organiser's list.
pub async fn list(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    filter: &RegistrationFilter,
    page: u64,
) -> Result<Listing> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let paginator = filtered(event_id, filter).paginate(&db.read, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(counts.number_of_pages, 1);
    let page = page.clamp(1, pages);
    let rows = with_emails(db, paginator.fetch_page(page - 1).await?).await?;
    let mut per_state = Vec::new();
    for s in RegistrationState::ALL {
        let n = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::State.eq(*s))
            .count(&db.read)
            .await?;
        per_state.push((*s, n));
    }
    Ok(Listing { event, rows, total: counts.number_of_items, page, pages, counts: per_state })
}

/// Every matching row, for exports.
pub async fn all(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    filter: &RegistrationFilter,
) -> Result<(event::Model, Vec<Row>)> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let regs = filtered(event_id, filter).all(&db.read).await?;
    Ok((event, with_emails(db, regs).await?))
}

/// The waiting list in order, with its event.
pub async fn waiting_list(db: &Db, staff: &StaffUser, event_id: i32) -> Result<(event::Model, Vec<Row>)> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::State.eq(RegistrationState::Waitlisted))
        .order_by_asc(registration::Column::WaitlistedAt)
        .order_by_asc(registration::Column::Id)
        .all(&db.read)
        .await?;
    Ok((event, with_emails(db, regs).await?))
}

/// The CSV export of rows (UTF-8 with a header); names, organisations and needs are typed by
/// the public, so every cell goes through the export guard.
pub fn to_csv(reference: &Reference, rows: &[Row]) -> Result<Vec<u8>> {
    let header = [
        "id",
        "state",
        "role",
        "title",
        "given_name",
        "family_name",
        "email",
        "gender",
        "country",
        "regional_group",
        "organisation",
        "organisation_type",
        "position",
        "phone",
        "needs",
        "visa_letter",
        "registered_at",
        "attendance_mode",
    ];
    let mut file = Csv::new(header)?;
    for row in rows {
        let r = &row.registration;
        let group = r
            .country_iso3
            .as_deref()
            .and_then(|c| reference.countries.iter().find(|x| x.iso3 == c))
            .and_then(|c| c.regional_group.clone())
            .unwrap_or_default();
        file.row([
            r.id.to_string(),
            r.state.as_str().to_owned(),
            r.role.as_str().to_owned(),
            r.title.clone().unwrap_or_default(),
            r.given_name.clone(),
            r.family_name.clone(),
            row.email.clone(),
            r.gender.as_str().to_owned(),
            r.country_iso3.clone().unwrap_or_default(),
            group,
            r.organisation.clone().unwrap_or_default(),
            r.organisation_type.clone().unwrap_or_default(),
            r.position.clone().unwrap_or_default(),
            r.phone.clone().unwrap_or_default(),
            r.needs.clone().unwrap_or_default(),
            r.visa_letter.to_string(),
            r.created_at.to_rfc3339(),
            r.attendance_mode.as_str().to_owned(),
        ])?;
    }
    file.finish()
}
