//! The audit log: every change a person makes, with who, what, when, before and after.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use crate::auth::StaffUser;
use crate::entities::audit_entry;
use crate::error::Result;

tokio::task_local! {
    /// The client's address of the request being served (set by the web layer, which alone
    /// knows it), so each entry records it without every rule passing it along.
    static ADDRESS: String;
}

/// Runs `work` (a request) with `address` recorded on each audit entry it writes.
pub async fn with_address<F: std::future::Future>(address: std::net::IpAddr, work: F) -> F::Output {
    ADDRESS.scope(address.to_string(), work).await
}

/// Who made a change.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The staff account, if a person signed in.
    pub user_id: Option<i32>,
    /// How the actor is shown (staff email, or `cli`).
    pub label: String,
}

impl Actor {
    /// A signed-in staff member.
    pub fn staff(user: &StaffUser) -> Self {
        Self { user_id: Some(user.id), label: user.email.clone() }
    }

    /// The command line on the server.
    pub fn cli() -> Self {
        Self { user_id: None, label: "cli".to_owned() }
    }
}

/// One change to record.
#[derive(Debug, Clone)]
pub struct Change {
    /// What was done, e.g. `event.publish`.
    pub action: &'static str,
    /// The kind of record, e.g. `event`.
    pub entity: &'static str,
    /// Its id.
    pub entity_id: String,
    /// State before (JSON), if it existed.
    pub before: Option<String>,
    /// State after (JSON), if it still exists.
    pub after: Option<String>,
}

impl Change {
    /// A change of `entity` `id` by `action`, with snapshots taken from serialisable values.
    pub fn new<T: Serialize>(
        action: &'static str,
        entity: &'static str,
        id: impl ToString,
        before: Option<&T>,
        after: Option<&T>,
    ) -> Self {
        let json = |v: Option<&T>| v.and_then(|v| serde_json::to_string(v).ok());
        Self { action, entity, entity_id: id.to_string(), before: json(before), after: json(after) }
    }
}

/// The row of one entry, to be inserted in the caller's transaction.
pub fn entry(actor: &Actor, at: chrono::DateTime<chrono::Utc>, change: Change) -> audit_entry::ActiveModel {
    audit_entry::ActiveModel {
        at: Set(at),
        actor_user_id: Set(actor.user_id),
        actor: Set(actor.label.clone()),
        action: Set(change.action.to_owned()),
        entity: Set(change.entity.to_owned()),
        entity_id: Set(change.entity_id),
        before: Set(change.before),
        after: Set(change.after),
        // None outside a request (command line, jobs).
        address: Set(ADDRESS.try_with(String::clone).ok()),
        ..Default::default()
    }
}

/// Writes one entry, inside the caller's transaction.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    at: chrono::DateTime<chrono::Utc>,
    change: Change,
) -> Result<()> {
    audit_entry::Entity::insert(entry(actor, at, change)).exec_without_returning(db).await?;
    Ok(())
}

/// Corrects the "after" snapshot of the entry of `action` on `entity` `id`, written earlier in
/// the same transaction.
pub async fn replace_after<C: ConnectionTrait, T: Serialize>(
    db: &C,
    action: &str,
    entity: &str,
    id: i32,
    after: Option<&T>,
) -> Result<()> {
    audit_entry::Entity::update_many()
        .col_expr(audit_entry::Column::After, Expr::value(after.and_then(|v| serde_json::to_string(v).ok())))
        .filter(audit_entry::Column::Action.eq(action))
        .filter(audit_entry::Column::Entity.eq(entity))
        .filter(audit_entry::Column::EntityId.eq(id.to_string()))
        .exec(db)
        .await?;
    Ok(())
}

/// What an action code says in words ("registration.approve" → "Registration approved"); a
/// code without a label is shown as it is.
pub fn action_label(tr: crate::i18n::Tr, action: &str) -> String {
    let key = format!("audit-do-{}", action.replace(['.', '_'], "-"));
    if tr.has(&key) { tr.t(&key) } else { action.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::action_label;
    use crate::i18n::{Lang, Tr};

    #[test]
    fn actions_read_as_words_and_unknown_ones_as_their_code() {
        assert_eq!(action_label(Tr(Lang::En), "registration.approve"), "Registration approved");
        assert_eq!(action_label(Tr(Lang::Fr), "registration.accept_offer"), "Place proposée acceptée");
        assert_eq!(action_label(Tr(Lang::En), "database.sqlite_synchronous"), "database.sqlite_synchronous");
    }
}
