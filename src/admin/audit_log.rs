//! The audit log as admins search it: by who, action, record and dates, newest first, with a
//! link to each record that has a page.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveTime};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

use crate::domain::{parse_date, parse_page};
use crate::entities::{audit_entry, invitation, registration};
use crate::error::{FieldErrors, Result};

/// Entries on one page.
pub const PER_PAGE: u64 = 50;

/// The filters as typed (query string).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    /// Part of the actor's label (a staff email, `cli`, `participant`…).
    pub who: String,
    /// An action code, e.g. `registration.approve`.
    pub action: String,
    /// A kind of record, e.g. `registration`.
    pub record: String,
    /// A record's id.
    pub record_id: String,
    /// First day, `YYYY-MM-DD` (UTC).
    pub from: String,
    /// Last day, `YYYY-MM-DD` (UTC).
    pub to: String,
    /// Page from 1.
    pub page: String,
}

/// The filters, parsed.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    who: Option<String>,
    action: Option<String>,
    record: Option<String>,
    record_id: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

impl AuditQuery {
    /// Parses the filters and the page; a bad date or page names its field.
    pub fn parse(&self) -> Result<(AuditFilter, u64)> {
        let mut errors = FieldErrors::new();
        let text = |v: &str| Some(v.trim()).filter(|v| !v.is_empty()).map(|v| v.chars().take(200).collect::<String>());
        let mut date = |field: &'static str, v: &str| match text(v) {
            Some(v) => parse_date(&v).map_err(|m| errors.add(field, m)).ok(),
            None => None,
        };
        let (from, to) = (date("from", &self.from), date("to", &self.to));
        let page = parse_page(&self.page).map_err(|m| errors.add("page", m)).unwrap_or(1);
        let filter = AuditFilter {
            who: text(&self.who).map(|w| w.to_lowercase()),
            action: text(&self.action),
            record: text(&self.record),
            record_id: text(&self.record_id),
            from,
            to,
        };
        errors.into_result((filter, page))
    }

    /// The filters as a query string, without the page (for page links).
    pub fn without_page(&self) -> String {
        crate::domain::filters_query(&[
            ("who", &self.who),
            ("action", &self.action),
            ("record", &self.record),
            ("record_id", &self.record_id),
            ("from", &self.from),
            ("to", &self.to),
        ])
    }
}

/// One page of the searched log.
#[derive(Debug, Clone, Default)]
pub struct AuditPage {
    /// The entries, newest first.
    pub entries: Vec<audit_entry::Model>,
    /// How many entries match.
    pub total: u64,
    /// Pages of [`PER_PAGE`].
    pub pages: u64,
    /// The actions and the kinds of record in the log, for the filters' choices.
    pub actions: Vec<String>,
    /// The kinds of record in the log.
    pub records: Vec<String>,
    /// Where each entry's record is, by entry id, for records that have a page.
    pub links: HashMap<i32, String>,
}

/// The entries matching `filter`, page `page`.
pub async fn search<C: ConnectionTrait>(db: &C, filter: &AuditFilter, page: u64) -> Result<AuditPage> {
    let mut query = audit_entry::Entity::find();
    if let Some(who) = &filter.who {
        let lowered = Func::lower(Expr::col(audit_entry::Column::Actor));
        query = query.filter(Expr::expr(lowered).like(format!("%{}%", escape_like(who))));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_entry::Column::Action.eq(action.as_str()));
    }
    if let Some(record) = &filter.record {
        query = query.filter(audit_entry::Column::Entity.eq(record.as_str()));
    }
    if let Some(id) = &filter.record_id {
        query = query.filter(audit_entry::Column::EntityId.eq(id.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_entry::Column::At.gte(from.and_time(NaiveTime::MIN).and_utc()));
    }
    if let Some(to) = filter.to {
        let next_day = to.and_time(NaiveTime::MIN).and_utc() + Duration::days(1);
        query = query.filter(audit_entry::Column::At.lt(next_day));
    }
    let paginator = query.order_by_desc(audit_entry::Column::Id).paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    let entries = paginator.fetch_page(page.saturating_sub(1)).await?;
    let links = links(db, &entries).await?;
    Ok(AuditPage {
        total,
        pages: Ord::max(total.div_ceil(PER_PAGE), 1),
        actions: distinct(db, audit_entry::Column::Action).await?,
        records: distinct(db, audit_entry::Column::Entity).await?,
        links,
        entries,
    })
}

/// `%`, `_` and `\` typed in a search match themselves.
fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

async fn distinct<C: ConnectionTrait>(db: &C, column: audit_entry::Column) -> Result<Vec<String>> {
    Ok(audit_entry::Entity::find()
        .select_only()
        .column(column)
        .distinct()
        .order_by_asc(column)
        .into_tuple()
        .all(db)
        .await?)
}

/// The page of each entry's record, where it has one; registrations and invitations are
/// reached through their event, read in one query each.
async fn links<C: ConnectionTrait>(db: &C, entries: &[audit_entry::Model]) -> Result<HashMap<i32, String>> {
    let ids_of = |kind: &str| -> Vec<i32> {
        entries.iter().filter(|e| e.entity == kind).filter_map(|e| e.entity_id.parse().ok()).collect()
    };
    let registrations: HashMap<i32, i32> = registration::Entity::find()
        .select_only()
        .column(registration::Column::Id)
        .column(registration::Column::EventId)
        .filter(registration::Column::Id.is_in(ids_of("registration")))
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let invitations: HashMap<i32, i32> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::Id)
        .column(invitation::Column::EventId)
        .filter(invitation::Column::Id.is_in(ids_of("invitation")))
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut links = HashMap::new();
    for e in entries {
        let Ok(id) = e.entity_id.parse::<i32>() else { continue };
        let link = match e.entity.as_str() {
            "event" => Some(format!("/organiser/events/{id}")),
            "registration" => registrations.get(&id).map(|ev| format!("/organiser/events/{ev}/registrations/{id}")),
            "invitation" => invitations.get(&id).map(|ev| format!("/organiser/events/{ev}/invitations")),
            "donor" => Some(format!("/organiser/donors/{id}")),
            "user" => Some(format!("/admin/users/{id}")),
            _ => None,
        };
        if let Some(link) = link {
            links.insert(e.id, link);
        }
    }
    Ok(links)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(from: &str, to: &str, page: &str) -> AuditQuery {
        AuditQuery { from: from.into(), to: to.into(), page: page.into(), ..Default::default() }
    }

    #[test]
    fn bad_dates_and_pages_name_their_field() {
        let err = |q: AuditQuery| match q.parse() {
            Err(crate::error::Error::Invalid(e)) => e.0.iter().map(|f| f.field).collect::<Vec<_>>(),
            other => panic!("expected a refusal, got {other:?}"),
        };
        assert_eq!(err(query("2026-13-01", "", "")), ["from"]);
        assert_eq!(err(query("", "yesterday", "")), ["to"]);
        assert_eq!(err(query("", "", "0")), ["page"]);
        assert!(query("2026-11-01", "2026-11-30", "2").parse().is_ok());
    }

    #[test]
    fn like_wildcards_typed_in_a_search_match_themselves() {
        assert_eq!(escape_like("100%_a\\b"), "100\\%\\_a\\\\b");
    }

    #[test]
    fn page_links_keep_the_filters_but_not_the_page() {
        let q =
            AuditQuery { who: "a@b.org".into(), action: "event.create".into(), page: "3".into(), ..Default::default() };
        assert_eq!(q.without_page(), "who=a%40b.org&action=event.create");
    }
}
