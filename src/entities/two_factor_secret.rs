//! A staff member's two-factor (TOTP) secret, sealed with `security.totp_key`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "two_factor_secrets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    /// Base64 of nonce and AES-256-GCM ciphertext.
    pub secret_sealed: String,
    /// Set by the first valid code; until then two-factor is not on.
    pub confirmed_at: Option<DateTimeUtc>,
    /// The last time step whose code was accepted (a code works once).
    pub last_step: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
