//! Check-in codes: `CK1.<registration>.<event>.<version>.<mac>`, where the MAC is
//! HMAC-SHA256 over the three numbers with the server's `security.checkin_secret`. The code
//! is printed in a QR code; bumping the registration's `checkin_version` revokes it. The
//! console never sees the secret: it gets the SHA-256 of each valid code, which is enough to
//! recognise a scanned code offline and useless to forge one.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{KeyInit, Mac};
use sha2::Sha256;

/// The prefix of codes of this format (a new format would change it).
const PREFIX: &str = "CK1";

/// What a valid check-in code names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckinCode {
    /// The registration checked in.
    pub registration_id: i32,
    /// Its event.
    pub event_id: i32,
    /// The registration's code version when the code was made.
    pub version: i32,
}

fn mac(secret: &[u8], registration_id: i32, event_id: i32, version: i32) -> Option<Vec<u8>> {
    let mut m = hmac::Hmac::<Sha256>::new_from_slice(secret).ok()?;
    m.update(format!("{PREFIX}|{registration_id}|{event_id}|{version}").as_bytes());
    Some(m.finalize().into_bytes().to_vec())
}

/// The code of a registration at a version.
pub fn sign(secret: &[u8], registration_id: i32, event_id: i32, version: i32) -> String {
    let tag = mac(secret, registration_id, event_id, version).unwrap_or_default();
    format!("{PREFIX}.{registration_id}.{event_id}.{version}.{}", URL_SAFE_NO_PAD.encode(tag))
}

/// Reads a code and checks its MAC; `None` for anything malformed or forged.
pub fn verify(secret: &[u8], text: &str) -> Option<CheckinCode> {
    let mut parts = text.trim().split('.');
    if parts.next()? != PREFIX {
        return None;
    }
    let registration_id: i32 = parts.next()?.parse().ok()?;
    let event_id: i32 = parts.next()?.parse().ok()?;
    let version: i32 = parts.next()?.parse().ok()?;
    let tag = URL_SAFE_NO_PAD.decode(parts.next()?).ok()?;
    if parts.next().is_some() {
        return None;
    }
    let mut m = hmac::Hmac::<Sha256>::new_from_slice(secret).ok()?;
    m.update(format!("{PREFIX}|{registration_id}|{event_id}|{version}").as_bytes());
    // verify_slice compares in constant time.
    m.verify_slice(&tag).ok()?;
    Some(CheckinCode { registration_id, event_id, version })
}

/// The QR code of a check-in code, as an SVG document.
pub fn qr_svg(code: &str) -> Option<String> {
    let qr = qrcode::QrCode::with_error_correction_level(code.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"a test secret of at least thirty-two bytes";

    #[test]
    fn a_signed_code_verifies_and_names_its_registration() {
        let code = sign(SECRET, 12, 3, 1);
        assert!(code.starts_with("CK1.12.3.1."));
        assert_eq!(verify(SECRET, &code), Some(CheckinCode { registration_id: 12, event_id: 3, version: 1 }));
        assert_eq!(verify(SECRET, &format!("  {code}\n")).map(|c| c.registration_id), Some(12));
    }

    #[test]
    fn tampered_foreign_or_malformed_codes_are_refused() {
        let code = sign(SECRET, 12, 3, 1);
        assert_eq!(verify(b"another secret entirely, also long enough", &code), None);
        assert_eq!(verify(SECRET, &code.replacen(".12.", ".13.", 1)), None);
        assert_eq!(verify(SECRET, &code.replacen(".1.", ".2.", 1)), None);
        for bad in ["", "CK1", "CK1.1.2.3", "CK2.12.3.1.abc", "CK1.x.3.1.abc", "CK1.12.3.1.%%%", &format!("{code}.x")] {
            assert_eq!(verify(SECRET, bad), None, "{bad}");
        }
    }

    #[test]
    fn the_mac_is_hmac_sha256() {
        // RFC 4231, test case 2.
        let mut m = hmac::Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        m.update(b"what do ya want for nothing?");
        let hex: String = m.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    #[test]
    fn the_qr_code_is_an_svg() {
        let svg = qr_svg(&sign(SECRET, 1, 1, 1)).unwrap();
        assert!(svg.contains("<svg"));
    }
}
