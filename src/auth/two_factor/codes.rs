//! The cryptography of two-factor sign-in: TOTP codes (RFC 6238: SHA-1, six digits, 30-second
//! steps, one step either side), secrets sealed with AES-256-GCM under `security.totp_key`,
//! one-time recovery codes and the `otpauth://` address an authenticator app scans.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, TOTP};

use crate::error::{Error, Result};

/// Seconds per TOTP step.
pub const STEP_SECONDS: u64 = 30;
/// Bytes of a new secret (160 bits, as RFC 4226 recommends).
const SECRET_BYTES: usize = 20;
/// Recovery codes issued at a time.
pub const RECOVERY_CODES: usize = 10;

fn random(bytes: &mut [u8]) -> Result<()> {
    getrandom::fill(bytes).map_err(|e| Error::Internal(format!("no randomness: {e}")))
}

/// A fresh TOTP secret.
pub fn new_secret() -> Result<Vec<u8>> {
    let mut secret = vec![0u8; SECRET_BYTES];
    random(&mut secret)?;
    Ok(secret)
}

/// The secret as authenticator apps type it: base32 without padding.
pub fn secret_text(secret: &[u8]) -> String {
    base32::encode(base32::Alphabet::Rfc4648 { padding: false }, secret)
}

/// The `otpauth://` address of a QR code, naming the office's service and the account.
pub fn otpauth_url(secret: &[u8], account: &str) -> String {
    let label: String = serde_urlencoded::to_string([("", format!("Convene:{account}"))])
        .unwrap_or_default()
        .trim_start_matches('=')
        .replace('+', "%20");
    let query = serde_urlencoded::to_string([
        ("secret", secret_text(secret).as_str()),
        ("issuer", "Convene"),
        ("algorithm", "SHA1"),
        ("digits", "6"),
        ("period", "30"),
    ])
    .unwrap_or_default();
    format!("otpauth://totp/{label}?{query}")
}

/// The QR code of `url`, as SVG.
pub fn qr_svg(url: &str) -> Option<String> {
    let qr = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(220, 220).quiet_zone(true).build())
}

fn totp(secret: &[u8]) -> Result<TOTP> {
    TOTP::new(Algorithm::SHA1, 6, 1, STEP_SECONDS, secret.to_vec()).map_err(|e| Error::Internal(format!("totp: {e}")))
}

/// The time step a code of `secret` given at `unix_seconds` matches (the step itself or one
/// either side, for clocks a little off), if any.
pub fn matching_step(secret: &[u8], code: &str, unix_seconds: u64) -> Result<Option<u64>> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let totp = totp(secret)?;
    let now = unix_seconds / STEP_SECONDS;
    for step in [now.saturating_sub(1), now, now + 1] {
        if bool::from(totp.generate(step * STEP_SECONDS).as_bytes().ct_eq(code.as_bytes())) {
            return Ok(Some(step));
        }
    }
    Ok(None)
}

/// The key of `security.totp_key`, if set.
pub struct SealingKey(LessSafeKey);

impl SealingKey {
    /// The configured key; `None` when the setting is empty (config validation checked its shape).
    pub fn from_config(key: &str) -> Option<Self> {
        let bytes = STANDARD.decode(key.trim()).ok()?;
        UnboundKey::new(&AES_256_GCM, &bytes).ok().map(|k| Self(LessSafeKey::new(k)))
    }

    /// `secret` sealed: base64 of a random nonce and the ciphertext with its tag.
    pub fn seal(&self, secret: &[u8]) -> Result<String> {
        let mut nonce = [0u8; NONCE_LEN];
        random(&mut nonce)?;
        let mut sealed = secret.to_vec();
        self.0
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut sealed)
            .map_err(|_| Error::Internal("sealing failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(STANDARD.encode(out))
    }

    /// The secret back; an error when the key changed or the row was altered.
    pub fn open(&self, sealed: &str) -> Result<Vec<u8>> {
        let bytes = STANDARD.decode(sealed).map_err(|_| Error::Internal("sealed secret unreadable".into()))?;
        if bytes.len() < NONCE_LEN {
            return Err(Error::Internal("sealed secret too short".into()));
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| Error::Internal("bad nonce".into()))?;
        let mut rest = rest.to_vec();
        let plain = self
            .0
            .open_in_place(nonce, Aad::empty(), &mut rest)
            .map_err(|_| Error::Internal("sealed secret does not open with security.totp_key".into()))?;
        Ok(plain.to_vec())
    }
}

/// Letters of recovery codes: no 0/O or 1/I/L to misread.
const RECOVERY_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A fresh recovery code, `XXXXX-XXXXX` (about 49 bits).
pub fn new_recovery_code() -> Result<String> {
    let mut bytes = [0u8; 10];
    random(&mut bytes)?;
    let mut code = String::with_capacity(11);
    for (i, b) in bytes.iter().enumerate() {
        if i == 5 {
            code.push('-');
        }
        // 256 is not a multiple of 31; the bias is under 1 % per letter and harmless here.
        code.push(char::from(RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()]));
    }
    Ok(code)
}

/// A recovery code as typed, in the form it was issued (case, spaces and dashes forgiven);
/// `None` when it cannot be one.
pub fn normalise_recovery_code(typed: &str) -> Option<String> {
    let letters: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    (letters.len() == 10 && letters.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)))
        .then(|| format!("{}-{}", &letters[..5], &letters[5..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_their_step_and_neighbours_only() {
        let secret = new_secret().unwrap();
        let t = totp(&secret).unwrap();
        let now = 1_800_000_000;
        let code = t.generate(now);
        assert_eq!(matching_step(&secret, &code, now).unwrap(), Some(now / 30));
        assert_eq!(matching_step(&secret, &code, now + 30).unwrap(), Some(now / 30));
        assert_eq!(matching_step(&secret, &code, now + 90).unwrap(), None);
        assert_eq!(matching_step(&secret, "12345", now).unwrap(), None);
        assert_eq!(matching_step(&secret, "abcdef", now).unwrap(), None);
    }

    #[test]
    fn sealed_secrets_open_only_with_their_key() {
        let a = SealingKey::from_config("ZGV2ZWxvcG1lbnQtb25seS10b3RwLWtleS0wMTIzNDU=").unwrap();
        let b = SealingKey::from_config(&STANDARD.encode([7u8; 32])).unwrap();
        let sealed = a.seal(b"secret bytes").unwrap();
        assert_eq!(a.open(&sealed).unwrap(), b"secret bytes");
        assert!(b.open(&sealed).is_err());
        assert!(a.open("not base64!").is_err());
        assert!(SealingKey::from_config("").is_none());
    }

    #[test]
    fn recovery_codes_are_forgiving_as_typed() {
        let code = new_recovery_code().unwrap();
        assert_eq!(normalise_recovery_code(&code.to_lowercase().replace('-', " ")), Some(code.clone()));
        assert_eq!(normalise_recovery_code("short"), None);
        assert_eq!(normalise_recovery_code("OOOOO-OOOOO"), None);
    }

    #[test]
    fn the_app_address_names_the_account() {
        let url = otpauth_url(&[1u8; 20], "a.b@example.org");
        assert!(url.starts_with("otpauth://totp/Convene%3Aa.b%40example.org?secret="), "{url}");
        assert!(url.contains("issuer=Convene"));
    }
}
