//! SQL text helpers: multi-row inserts within each database's bound-value limits, statements
//! run in order, and rows written as JSON.

use sea_orm::sea_query;
use sea_orm::{
    ActiveModelTrait, ActiveValue, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, EntityTrait, IdenStatic,
    Iterable, QueryResult, Statement,
};

/// Rows per multi-row insert of bulk writes (imports): 500 on SQLite, whose statements take
/// at most 32,766 bound values; 2,000 on PostgreSQL (65,535), where fewer and larger
/// statements also pay less of the delayed-ACK stall that sqlx 0.9's sockets (no
/// `TCP_NODELAY`) suffer on every statement longer than one TCP segment.
pub fn bulk_rows(backend: DbBackend) -> usize {
    match backend {
        DbBackend::Postgres => 2_000,
        _ => 500,
    }
}

/// Runs `statements` in order inside `txn` and returns the rows they give back, in order.
///
/// On SQLite they travel to the connection's worker thread in one call (see
/// [`sqlite_in_order`]). On PostgreSQL, where a prepared statement holds one command, they go
/// one by one.
pub async fn run_in_order(txn: &DatabaseTransaction, statements: Vec<Statement>) -> Result<Vec<QueryResult>, DbErr> {
    if txn.get_database_backend() != DbBackend::Sqlite {
        let mut rows = Vec::new();
        for statement in statements {
            rows.extend(txn.query_all_raw(statement).await?);
        }
        return Ok(rows);
    }
    txn.query_all_raw(sqlite_in_order(statements)).await
}

/// SQLite `statements` as one text, run in order by one call: sqlx prepares each statement of
/// the text in turn and binds the values across them in order, so a statement costs no
/// hand-off between threads of its own, which is most of what a short write costs. Built
/// ahead, it also keeps that work off the single writer.
pub fn sqlite_in_order(statements: Vec<Statement>) -> Statement {
    let mut sql = String::new();
    let mut values = Vec::new();
    for statement in statements {
        if !sql.is_empty() {
            sql.push_str(";\n");
        }
        sql.push_str(&statement.sql);
        values.extend(statement.values.map(|v| v.0).unwrap_or_default());
    }
    Statement::from_sql_and_values(DbBackend::Sqlite, sql, values)
}

/// On PostgreSQL, `parts` as one statement: each a data-modifying `WITH` clause under its
/// name, then `select` over them. It is one round trip instead of one per part, which matters
/// most while a hot row is locked. Every clause sees the database as it was before the
/// statement, so a clause reads another's rows only through its name (`RETURNING`), and no two
/// clauses may change the same row.
pub fn with_clauses(parts: Vec<(&str, Statement)>, select: &str) -> Statement {
    let mut sql = String::from("WITH ");
    let mut values = Vec::new();
    for (n, (name, part)) in parts.into_iter().enumerate() {
        if n > 0 {
            sql.push_str(", ");
        }
        sql.push_str(name);
        sql.push_str(" AS (");
        push_renumbered(&mut sql, &part.sql, values.len());
        sql.push(')');
        values.extend(part.values.map(|v| v.0).unwrap_or_default());
    }
    sql.push(' ');
    sql.push_str(select);
    Statement::from_sql_and_values(DbBackend::Postgres, sql, values)
}

/// Appends `sql` with its placeholders `$n` shifted by `offset` (the values of the clauses
/// before it), leaving quoted text and identifiers alone.
fn push_renumbered(out: &mut String, sql: &str, offset: usize) {
    let mut quote = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '$') if chars.peek().is_some_and(char::is_ascii_digit) => {
                let mut number = 0usize;
                while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    number = number.saturating_mul(10).saturating_add(d as usize);
                    chars.next();
                }
                out.push('$');
                out.push_str(&(number + offset).to_string());
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
}

/// On SQLite, the INSERT of `rows` as one multi-row `VALUES`, its text written straight from
/// the columns: a group's writes are built on the single writer, where sea-query's general
/// builder cost more than the rows. The text depends only on the columns and the number of
/// rows, so the connection prepares it once per group size. Every row must set the same
/// columns.
pub fn sqlite_insert<'a, A>(rows: impl IntoIterator<Item = &'a A>) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    sqlite_rows(rows.into_iter().map(|row| (row, None)), None)
}

/// [`sqlite_insert`] with `column` of every row set to `expression` (SQL with one `?`, such as
/// a subquery for the id of a row written earlier in the same call), which takes the row's own
/// value.
pub fn sqlite_insert_with<'a, A>(
    rows: impl IntoIterator<Item = (&'a A, sea_query::Value)>,
    column: &str,
    expression: &str,
) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    sqlite_rows(rows.into_iter().map(|(row, value)| (row, Some(value))), Some((column, expression)))
}

fn sqlite_rows<'a, A>(
    rows: impl Iterator<Item = (&'a A, Option<sea_query::Value>)>,
    computed: Option<(&str, &str)>,
) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    let mut columns: Option<Vec<&'static str>> = None;
    let mut tuples = String::new();
    let mut values = Vec::new();
    for (row, own) in rows {
        let mut names = Vec::new();
        tuples.push_str(if tuples.is_empty() { "(" } else { ", (" });
        for c in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
            let name = c.as_str();
            if computed.is_some_and(|(column, _)| column == name) {
                continue;
            }
            if let ActiveValue::Set(v) | ActiveValue::Unchanged(v) = row.get(c) {
                tuples.push_str(if names.is_empty() { "?" } else { ", ?" });
                names.push(name);
                values.push(v);
            }
        }
        match (computed, own) {
            (Some((_, expression)), Some(own)) => {
                tuples.push_str(if names.is_empty() { "" } else { ", " });
                tuples.push_str(expression);
                values.push(own);
            }
            (None, None) => {}
            _ => return Err(DbErr::Custom("every row of the insert needs its computed value".to_owned())),
        }
        tuples.push(')');
        first_of_same_columns(&mut columns, names)?;
    }
    let columns: Vec<&str> = columns.ok_or_else(|| DbErr::Custom("an insert needs at least one row".to_owned()))?;
    let list = columns.into_iter().chain(computed.map(|(column, _)| column)).map(quoted).collect::<Vec<_>>().join(", ");
    let table = quoted(sea_orm::EntityName::table_name(&A::Entity::default()));
    Ok(Statement::from_sql_and_values(
        DbBackend::Sqlite,
        format!("INSERT INTO {table} ({list}) VALUES {tuples}"),
        values,
    ))
}

/// `name` as a quoted SQL identifier.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Keeps the columns of the first row of a multi-row insert in `first` and refuses a later row
/// that sets other columns; true for the first row.
fn first_of_same_columns(first: &mut Option<Vec<&'static str>>, columns: Vec<&'static str>) -> Result<bool, DbErr> {
    match first {
        None => {
            *first = Some(columns);
            Ok(true)
        }
        Some(first) if *first != columns => {
            Err(DbErr::Custom("rows inserted together must set the same columns".to_owned()))
        }
        Some(_) => Ok(false),
    }
}

/// On PostgreSQL, the INSERT of `rows` in a text that is the same however many rows there
/// are: they travel as one JSON array, which `json_populate_recordset` reads into the table's
/// own row type. PostgreSQL keeps a plan per prepared statement, and a multi-row `VALUES` of
/// each size is a statement of its own, parsed and planned anew at nearly every use. Every
/// row must set the same columns.
pub fn insert_as_json<'a, A>(rows: impl IntoIterator<Item = &'a A>) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    let mut columns: Option<Vec<&'static str>> = None;
    let mut records = Vec::new();
    for row in rows {
        let mut names = Vec::new();
        let mut record = serde_json::Map::new();
        for c in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
            if let ActiveValue::Set(v) | ActiveValue::Unchanged(v) = row.get(c) {
                names.push(c.as_str());
                record.insert(c.as_str().to_owned(), json_value(&v)?);
            }
        }
        first_of_same_columns(&mut columns, names)?;
        records.push(serde_json::Value::Object(record));
    }
    let columns = columns.ok_or_else(|| DbErr::Custom("an insert needs at least one row".to_owned()))?;
    let table = quoted(sea_orm::EntityName::table_name(&A::Entity::default()));
    let list = columns.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(", ");
    let records = serde_json::to_string(&records).map_err(|e| DbErr::Custom(format!("cannot encode the rows: {e}")))?;
    Ok(Statement::from_sql_and_values(
        DbBackend::Postgres,
        format!(
            "INSERT INTO {table} ({list}) SELECT {list} FROM json_populate_recordset(NULL::{table}, CAST($1 AS json))"
        ),
        [records.into()],
    ))
}

/// A time as JSON carries it to PostgreSQL: RFC 3339 to the microsecond, PostgreSQL's
/// precision, truncated as a time bound directly is (PostgreSQL would round the nanoseconds).
pub fn json_timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A bound value as JSON that PostgreSQL reads back into its column.
fn json_value(value: &sea_query::Value) -> Result<serde_json::Value, DbErr> {
    use sea_query::Value as V;
    use serde_json::Value as Json;
    Ok(match value {
        V::Bool(v) => (*v).into(),
        V::TinyInt(v) => (*v).into(),
        V::SmallInt(v) => (*v).into(),
        V::Int(v) => (*v).into(),
        V::BigInt(v) => (*v).into(),
        V::TinyUnsigned(v) => (*v).into(),
        V::SmallUnsigned(v) => (*v).into(),
        V::Unsigned(v) => (*v).into(),
        V::BigUnsigned(v) => (*v).into(),
        V::Double(v) => (*v).into(),
        V::String(v) => v.clone().into(),
        V::Json(v) => v.as_deref().cloned().unwrap_or(Json::Null),
        V::ChronoDateTimeUtc(v) => v.map(json_timestamp).into(),
        V::ChronoDate(v) => v.map(|d| d.to_string()).into(),
        _ => return Err(DbErr::Custom("a column of this type cannot be written as JSON".to_owned())),
    })
}

/// `items` in runs whose lengths are powers of two up to `largest`, longest first (45 items, up
/// to 64: 32, 8, 4, 1). A statement whose text grows with its rows then has a handful of texts,
/// not one per count, which a connection's statement cache can keep.
pub fn power_of_two_runs<T>(mut items: &[T], largest: usize) -> impl Iterator<Item = &[T]> {
    std::iter::from_fn(move || {
        if items.is_empty() {
            return None;
        }
        let len = (1 << items.len().ilog2()).min(largest.max(1));
        let (run, rest) = items.split_at(len);
        items = rest;
        Some(run)
    })
}

#[cfg(test)]
mod tests {
    use sea_orm::sea_query;
    use sea_orm::{ActiveValue::Set, DbBackend, Statement};

    use super::{insert_as_json, power_of_two_runs, sqlite_insert, sqlite_insert_with, with_clauses};
    use crate::entities::audit_entry;

    #[test]
    fn sqlite_insert_with_writes_each_row_with_the_expression_and_refuses_rows_that_differ() {
        let entry = |action: &str| audit_entry::ActiveModel {
            action: Set(action.to_owned()),
            entity: Set("registration".to_owned()),
            entity_id: Set("set, but replaced by the expression".to_owned()),
            ..Default::default()
        };
        let (first, second) = (entry("a"), entry("b"));
        let id_of = "(SELECT CAST(? + 1 AS TEXT))";
        let insert = sqlite_insert_with([(&first, 10.into()), (&second, 20.into())], "entity_id", id_of).unwrap();
        assert_eq!(
            insert.sql,
            r#"INSERT INTO "audit_log" ("action", "entity", "entity_id") VALUES (?, ?, (SELECT CAST(? + 1 AS TEXT))), (?, ?, (SELECT CAST(? + 1 AS TEXT)))"#
        );
        let values = insert.values.map(|v| v.0).unwrap_or_default();
        assert_eq!(
            values,
            vec!["a".into(), "registration".into(), 10.into(), "b".into(), "registration".into(), 20.into()]
        );
        let plain = sqlite_insert([&first]).unwrap();
        assert_eq!(plain.sql, r#"INSERT INTO "audit_log" ("action", "entity", "entity_id") VALUES (?, ?, ?)"#);
        let mut other = entry("c");
        other.actor = Set("someone".to_owned());
        assert!(sqlite_insert_with([(&first, 10.into()), (&other, 30.into())], "entity_id", id_of).is_err());
        assert!(sqlite_insert::<audit_entry::ActiveModel>([]).is_err());
    }

    #[test]
    fn insert_as_json_has_one_text_for_any_number_of_rows_and_carries_them_as_json() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00.123456789Z").unwrap().to_utc();
        let entry = |action: &str, actor_user_id: Option<i32>| audit_entry::ActiveModel {
            at: Set(at),
            actor_user_id: Set(actor_user_id),
            action: Set(action.to_owned()),
            entity: Set("registration \"quoted\"".to_owned()),
            ..Default::default()
        };
        let (first, second) = (entry("a", Some(7)), entry("b", None));
        let one = insert_as_json([&first]).unwrap();
        let two = insert_as_json([&first, &second]).unwrap();
        assert_eq!(one.sql, two.sql);
        assert_eq!(
            two.sql,
            r#"INSERT INTO "audit_log" ("at", "actor_user_id", "action", "entity") SELECT "at", "actor_user_id", "action", "entity" FROM json_populate_recordset(NULL::"audit_log", CAST($1 AS json))"#
        );
        let values = two.values.map(|v| v.0).unwrap_or_default();
        let [sea_query::Value::String(Some(records))] = values.as_slice() else { panic!("one JSON text: {values:?}") };
        let records: serde_json::Value = serde_json::from_str(records).unwrap();
        assert_eq!(
            records,
            serde_json::json!([
                { "at": "2026-11-28T09:30:00.123456Z", "actor_user_id": 7, "action": "a", "entity": "registration \"quoted\"" },
                { "at": "2026-11-28T09:30:00.123456Z", "actor_user_id": null, "action": "b", "entity": "registration \"quoted\"" },
            ])
        );
        let mut other = entry("c", None);
        other.actor = Set("someone".to_owned());
        assert!(insert_as_json([&first, &other]).is_err());
        assert!(insert_as_json::<audit_entry::ActiveModel>([]).is_err());
    }

    #[test]
    fn with_clauses_shift_each_part_s_placeholders_past_the_values_before_it() {
        let first = Statement::from_sql_and_values(
            DbBackend::Postgres,
            r#"INSERT INTO "t" ("a", "b") VALUES ($1, $2) RETURNING *"#,
            [1.into(), 2.into()],
        );
        let second = Statement::from_sql_and_values(
            DbBackend::Postgres,
            r#"UPDATE "u$1" SET "c" = $1 WHERE "note" <> '$2' AND "id" = $10"#,
            [3.into(), 4.into()],
        );
        let joined = with_clauses(vec![("first", first), ("second", second)], "SELECT * FROM first");
        assert_eq!(
            joined.sql,
            r#"WITH first AS (INSERT INTO "t" ("a", "b") VALUES ($1, $2) RETURNING *), second AS (UPDATE "u$1" SET "c" = $3 WHERE "note" <> '$2' AND "id" = $12) SELECT * FROM first"#
        );
        assert_eq!(joined.values.map(|v| v.0.len()), Some(4));
    }

    #[test]
    fn runs_are_powers_of_two_longest_first_and_keep_every_item_in_order() {
        let lengths = |n: usize, largest: usize| {
            power_of_two_runs(&(0..n).collect::<Vec<_>>(), largest).map(<[_]>::len).collect::<Vec<_>>()
        };
        assert_eq!(lengths(0, 64), Vec::<usize>::new());
        assert_eq!(lengths(1, 64), [1]);
        assert_eq!(lengths(45, 64), [32, 8, 4, 1]);
        assert_eq!(lengths(64, 64), [64]);
        assert_eq!(lengths(45, 16), [16, 16, 8, 4, 1]);
        assert_eq!(lengths(3, 0), [1, 1, 1]);
        let items: Vec<u32> = (0..7).collect();
        let joined: Vec<u32> = power_of_two_runs(&items, 2).flatten().copied().collect();
        assert_eq!(joined, items);
    }
}
