//! The macro behind the closed sets of codes stored as text (roles, kinds, states…): each
//! gets `ALL`, `as_str`, `FromStr` (with the form's error messages), `Display`, serialises
//! as its code, and is a sea-orm column value stored as that same code.

/// A stored code that names no value of its set: reading such a row is a database error.
#[derive(Debug, thiserror::Error)]
#[error("unknown {set} code {code:?}")]
pub struct UnknownCode {
    /// The set's type name, e.g. `EventStatus`.
    pub set: &'static str,
    /// The code found in the database.
    pub code: String,
}

/// Declares a closed set of codes stored as text, with parsing and listing.
macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        // sea-orm's string-backed value type: the column holds the code as plain text, and a
        // code that does not parse becomes a `DbErr` when read, not a panic.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::sea_orm::DeriveValueType)]
        #[sea_orm(value_type = "String", from_str = "Self::from_stored")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored code.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// The value of a code read from the database (exact, unlike a form's input).
            fn from_stored(code: &str) -> Result<Self, $crate::domain::UnknownCode> {
                match code {
                    $($text => Ok(Self::$variant),)+
                    _ => Err($crate::domain::UnknownCode { set: stringify!($name), code: code.to_owned() }),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::error::Msg;
            fn from_str(s: &str) -> Result<Self, $crate::error::Msg> {
                match s.trim() {
                    $($text => Ok(Self::$variant),)+
                    "" => Err($crate::error::Msg::new("err-required")),
                    _ => Err($crate::error::Msg::new("err-choice")),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                // `pad`, so widths and alignment in format strings apply as to the code itself.
                f.pad(self.as_str())
            }
        }
    };
}

/// Checks that `all` are exactly the stored `codes`, in order, and that each code parses back
/// (the database holds these strings: they must never change by accident).
#[cfg(test)]
pub(crate) fn assert_codes<T>(all: &[T], codes: &[&str])
where
    T: Copy + PartialEq + std::fmt::Debug + std::fmt::Display + std::str::FromStr<Err = crate::error::Msg>,
{
    let shown: Vec<String> = all.iter().map(ToString::to_string).collect();
    assert_eq!(shown, codes);
    for (value, code) in all.iter().zip(codes) {
        assert_eq!(code.parse::<T>().ok(), Some(*value), "{code}");
        assert_eq!(format!(" {code} ").parse::<T>().ok(), Some(*value), "{code} with spaces");
    }
    assert_eq!("".parse::<T>().unwrap_err().key, "err-required");
    assert_eq!("no-such-code".parse::<T>().unwrap_err().key, "err-choice");
}

#[cfg(test)]
mod tests {
    use migration::{Migrator, MigratorTrait};
    use sea_orm::{
        ActiveModelTrait, ActiveValue::Set, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend,
        DbErr, EntityTrait, Statement,
    };

    use crate::domain::Role;
    use crate::entities::user;

    /// A migrated in-memory SQLite database on one connection (so every query sees it).
    async fn database() -> DatabaseConnection {
        let mut options = ConnectOptions::new("sqlite::memory:");
        options.max_connections(1).sqlx_logging(false);
        let db = Database::connect(options).await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        db
    }

    async fn add_user(db: &DatabaseConnection, email: &str, role: Role) -> user::Model {
        let now = chrono::Utc::now();
        user::ActiveModel {
            email: Set(email.to_owned()),
            display_name: Set("Staff".to_owned()),
            role: Set(role),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap()
    }

    async fn stored_role(db: &DatabaseConnection, id: i32) -> String {
        let sql = Statement::from_sql_and_values(DbBackend::Sqlite, "SELECT role FROM users WHERE id = ?", [id.into()]);
        db.query_one_raw(sql).await.unwrap().unwrap().try_get("", "role").unwrap()
    }

    #[tokio::test]
    async fn each_value_is_stored_as_its_code_and_read_back() {
        let db = database().await;
        for (i, role) in Role::ALL.iter().enumerate() {
            let written = add_user(&db, &format!("staff{i}@example.org"), *role).await;
            assert_eq!(stored_role(&db, written.id).await, role.as_str());
            let read = user::Entity::find_by_id(written.id).one(&db).await.unwrap().unwrap();
            assert_eq!(read.role, *role);
        }
    }

    #[tokio::test]
    async fn an_unknown_stored_code_is_a_database_error() {
        let db = database().await;
        let written = add_user(&db, "staff@example.org", Role::Admin).await;
        db.execute_unprepared("UPDATE users SET role = 'director'").await.unwrap();
        let err = user::Entity::find_by_id(written.id).one(&db).await.unwrap_err();
        assert!(matches!(err, DbErr::TryIntoErr { into: "Role", .. }), "{err:?}");
        assert!(err.to_string().contains(r#"unknown Role code "director""#), "{err}");
    }

    #[test]
    fn values_serialise_as_their_codes() {
        assert_eq!(serde_json::to_string(&[Role::Admin, Role::CheckIn]).unwrap(), r#"["admin","checkin"]"#);
    }
}
