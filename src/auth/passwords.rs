//! argon2id password hashing, run on the blocking pool (about 50 ms per hash here).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::config::SecuritySettings;
use crate::error::Error;

fn hasher(settings: &SecuritySettings) -> Result<Argon2<'static>, Error> {
    let params = Params::new(settings.password_memory_kib, settings.password_iterations, 1, None)
        .map_err(|e| Error::Internal(format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password into a PHC string.
pub async fn hash(settings: &SecuritySettings, password: String) -> Result<String, Error> {
    let argon = hasher(settings)?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| Error::Internal(format!("hashing failed: {e}")))
    })
    .await
    .map_err(|e| Error::Internal(format!("hashing task: {e}")))?
}

/// Checks a password against a stored hash; with no hash, spends the same effort and fails,
/// so response time does not reveal whether an account exists.
pub async fn verify(settings: &SecuritySettings, password: String, stored: Option<String>) -> Result<bool, Error> {
    let argon = hasher(settings)?;
    tokio::task::spawn_blocking(move || match stored {
        Some(stored) => {
            let Ok(parsed) = PasswordHash::new(&stored) else {
                return false;
            };
            argon.verify_password(password.as_bytes(), &parsed).is_ok()
        }
        None => {
            let salt = SaltString::generate(&mut OsRng);
            let _ = argon.hash_password(password.as_bytes(), &salt);
            false
        }
    })
    .await
    .map_err(|e| Error::Internal(format!("verification task: {e}")))
}
