//! Verification codes of certificates: 16 characters of Crockford's base32 (80 random bits),
//! printed in four groups (`K7QM-4XPD-9TWA-2HCE`). Read back forgivingly — any case, with or
//! without dashes and spaces, O for 0 and I or L for 1 — because people type them from paper.

use std::fmt;

use crate::error::{Error, Msg, Result};

/// Crockford's base32 alphabet: no I, L, O or U, so no two characters look alike.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters of a code, without its dashes.
const LENGTH: usize = 16;

/// A well-formed verification code, in its printed form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerificationCode(String);

impl VerificationCode {
    /// A fresh random code from the OS's CSPRNG.
    pub fn generate() -> Result<Self> {
        let mut bytes = [0u8; LENGTH];
        getrandom::fill(&mut bytes).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
        // 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
        let chars: String = bytes.iter().map(|b| char::from(ALPHABET[usize::from(b % 32)])).collect();
        Ok(Self::grouped(&chars))
    }

    /// Reads a code as typed; the message says what a code looks like.
    pub fn parse(raw: &str) -> std::result::Result<Self, Msg> {
        let mut chars = String::with_capacity(LENGTH);
        for c in raw.trim().chars() {
            let c = match c.to_ascii_uppercase() {
                '-' | ' ' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return Err(Msg::new("cert-err-code")),
            };
            chars.push(c);
            if chars.len() > LENGTH {
                return Err(Msg::new("cert-err-code"));
            }
        }
        if chars.len() == LENGTH { Ok(Self::grouped(&chars)) } else { Err(Msg::new("cert-err-code")) }
    }

    fn grouped(chars: &str) -> Self {
        let groups: Vec<&str> = (0..LENGTH / 4).filter_map(|i| chars.get(i * 4..i * 4 + 4)).collect();
        Self(groups.join("-"))
    }

    /// The printed form, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VerificationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_grouped_and_read_back() {
        let code = VerificationCode::generate().unwrap();
        assert_eq!(code.as_str().len(), 19);
        assert_eq!(code.as_str().matches('-').count(), 3);
        assert_eq!(VerificationCode::parse(code.as_str()).unwrap(), code);
        assert_ne!(VerificationCode::generate().unwrap(), code);
    }

    #[test]
    fn typing_slips_are_forgiven() {
        let code = VerificationCode::parse("k7qm 4xpd 9twa 2hce").unwrap();
        assert_eq!(code.as_str(), "K7QM-4XPD-9TWA-2HCE");
        assert_eq!(VerificationCode::parse(" K7QM4XPD9TWA2HCE\n").unwrap(), code);
        assert_eq!(VerificationCode::parse("ABOI-L000-0000-0000").unwrap().as_str(), "AB01-1000-0000-0000");
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in ["", "K7QM-4XPD-9TWA", "K7QM-4XPD-9TWA-2HCE-1", "K7QM-4XPD-9TWA-2HCU", "K7QM-4XPD-9TWA-2HC!", "ÉÉÉÉ"]
        {
            assert_eq!(VerificationCode::parse(bad).unwrap_err().key, "cert-err-code", "{bad:?}");
        }
    }
}
