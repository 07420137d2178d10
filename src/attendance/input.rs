//! Parsing of what the desk sends: the scan form (without JavaScript), the JSON items of the
//! console and the API (one scan, one undo, or an offline batch of them).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::rules::{BatchItem, ScanRequest, Target, UndoRequest};
use crate::domain::{ScanDirection, ScanMethod};
use crate::error::{FieldErrors, Msg};

/// How far ahead of the server's clock a device's clock may be.
const CLOCK_SKEW_MINUTES: i64 = 10;

/// One scan, undo or batch item as JSON.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct ScanItem {
    /// Unique per scan (8–64 letters, digits, `-`, `_`), chosen by the device: sending it
    /// again records nothing new.
    pub key: String,
    /// entry (default), exit or undo
    pub kind: Option<String>,
    /// The check-in code read from the QR code or typed (entry, exit).
    pub code: Option<String>,
    /// Or the registration found by search (entry, exit).
    pub registration_id: Option<i32>,
    /// qr, typed or search (default: qr for a code, search for a registration).
    pub method: Option<String>,
    /// The session checked in, when the desk works per session.
    pub session_id: Option<i32>,
    /// When it happened on the device (RFC 3339); default: when the server receives it.
    pub scanned_at: Option<String>,
    /// Name of the device.
    pub device: Option<String>,
    /// For an undo: the key of the scan taken back.
    pub undoes_key: Option<String>,
}

fn device(raw: Option<&str>, e: &mut FieldErrors) -> Option<String> {
    let d = raw.map(str::trim).filter(|d| !d.is_empty())?;
    if d.chars().count() > 64 {
        e.add("device", Msg::new("err-too-long").arg("max", 64));
        return None;
    }
    Some(d.to_owned())
}

fn scanned_at(raw: Option<&str>, now: DateTime<Utc>, e: &mut FieldErrors) -> Option<DateTime<Utc>> {
    let raw = raw.map(str::trim).filter(|s| !s.is_empty())?;
    match DateTime::parse_from_rfc3339(raw) {
        Ok(t) if t.with_timezone(&Utc) <= now + Duration::minutes(CLOCK_SKEW_MINUTES) => Some(t.with_timezone(&Utc)),
        Ok(_) => {
            e.add("scanned_at", Msg::new("att-err-future"));
            None
        }
        Err(_) => {
            e.add("scanned_at", Msg::new("att-err-time"));
            None
        }
    }
}

impl ScanItem {
    /// Parses the item; `now` bounds the device's clock.
    pub fn parse(&self, now: DateTime<Utc>) -> Result<BatchItem, FieldErrors> {
        let mut e = FieldErrors::new();
        if self.key.trim().is_empty() {
            e.add("key", Msg::new("err-required"));
        }
        let key = self.key.trim().to_owned();
        let kind = match self.kind.as_deref().map(str::trim) {
            None | Some("") => Some(ScanDirection::Entry),
            Some(k) => k.parse::<ScanDirection>().map_err(|m| e.add("kind", m)).ok(),
        };
        let device = device(self.device.as_deref(), &mut e);
        let at = scanned_at(self.scanned_at.as_deref(), now, &mut e);
        if kind == Some(ScanDirection::Undo) {
            let undoes = self.undoes_key.as_deref().map(str::trim).filter(|k| !k.is_empty());
            if undoes.is_none() {
                e.add("undoes_key", Msg::new("err-required"));
            }
            return match undoes {
                Some(u) if e.is_empty() => Ok(BatchItem::Undo(UndoRequest {
                    undoes_key: u.to_owned(),
                    scanned_at: at,
                    device,
                    idempotency_key: key,
                })),
                _ => Err(e),
            };
        }
        let code = self.code.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let target = match (code, self.registration_id) {
            (Some(c), None) if c.len() <= 200 => Some(Target::Code(c.to_owned())),
            (Some(_), None) => {
                e.add("code", Msg::new("att-refused-code"));
                None
            }
            (None, Some(id)) => Some(Target::Registration(id)),
            (Some(_), Some(_)) => {
                e.add("code", Msg::new("att-err-one-target"));
                None
            }
            (None, None) => {
                e.add("code", Msg::new("err-required"));
                None
            }
        };
        let method = match (self.method.as_deref().map(str::trim), &target) {
            (None | Some(""), Some(Target::Registration(_))) => Some(ScanMethod::Search),
            (None | Some(""), _) => Some(ScanMethod::Qr),
            (Some(m), _) => match m.parse::<ScanMethod>() {
                Ok(ScanMethod::WalkIn) => {
                    e.add("method", Msg::new("err-choice"));
                    None
                }
                Ok(m) => Some(m),
                Err(msg) => {
                    e.add("method", msg);
                    None
                }
            },
        };
        match (kind, target, method) {
            (Some(direction), Some(target), Some(method)) if e.is_empty() => Ok(BatchItem::Scan(ScanRequest {
                target,
                direction,
                method,
                session_id: self.session_id,
                scanned_at: at,
                device,
                idempotency_key: key,
            })),
            _ => Err(e),
        }
    }
}

/// The scan form of the console without JavaScript: a code typed (or sent by a keyboard
/// scanner), or the button of a search result.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ScanForm {
    pub code: String,
    pub registration_id: String,
    pub kind: String,
    pub session_id: String,
    pub key: String,
}

impl ScanForm {
    /// The form as a batch item (typed code or search result).
    pub fn to_item(&self) -> ScanItem {
        let code = Some(self.code.trim().to_owned()).filter(|c| !c.is_empty());
        let registration_id = self.registration_id.trim().parse().ok();
        ScanItem {
            key: self.key.clone(),
            kind: Some(self.kind.clone()),
            method: Some(if code.is_some() { "typed" } else { "search" }.to_owned()),
            code,
            registration_id,
            session_id: self.session_id.trim().parse().ok(),
            ..Default::default()
        }
    }
}

/// The undo form without JavaScript.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UndoForm {
    pub undoes_key: String,
    pub key: String,
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap()
    }

    fn fields(e: FieldErrors) -> Vec<&'static str> {
        e.0.iter().map(|f| f.field).collect()
    }

    #[test]
    fn a_code_scan_and_an_undo_parse() {
        let item = ScanItem { key: "k-0000001".into(), code: Some(" CK1.1.2.1.x ".into()), ..Default::default() };
        match item.parse(now()).unwrap() {
            BatchItem::Scan(s) => {
                assert_eq!(s.target, Target::Code("CK1.1.2.1.x".into()));
                assert_eq!(s.method, ScanMethod::Qr);
                assert_eq!(s.direction, ScanDirection::Entry);
            }
            BatchItem::Undo(_) => panic!("not an undo"),
        }
        let undo = ScanItem {
            key: "k-0000002".into(),
            kind: Some("undo".into()),
            undoes_key: Some("k-0000001".into()),
            ..Default::default()
        };
        assert!(matches!(undo.parse(now()).unwrap(), BatchItem::Undo(u) if u.undoes_key == "k-0000001"));
    }

    #[test]
    fn bad_items_name_their_fields() {
        let e = ScanItem::default().parse(now()).unwrap_err();
        assert_eq!(fields(e), ["key", "code"]);
        let both = ScanItem {
            key: "k-0000003".into(),
            code: Some("x".into()),
            registration_id: Some(1),
            ..Default::default()
        };
        assert_eq!(fields(both.parse(now()).unwrap_err()), ["code"]);
        let bad = ScanItem {
            key: "k-0000004".into(),
            kind: Some("sideways".into()),
            registration_id: Some(1),
            method: Some("walk_in".into()),
            scanned_at: Some("yesterday".into()),
            device: Some("d".repeat(65)),
            ..Default::default()
        };
        assert_eq!(fields(bad.parse(now()).unwrap_err()), ["kind", "device", "scanned_at", "method"]);
        let future = ScanItem {
            key: "k-0000005".into(),
            registration_id: Some(1),
            scanned_at: Some("2026-12-08T10:00:00Z".into()),
            ..Default::default()
        };
        assert_eq!(fields(future.parse(now()).unwrap_err()), ["scanned_at"]);
        let undo = ScanItem { key: "k-0000006".into(), kind: Some("undo".into()), ..Default::default() };
        assert_eq!(fields(undo.parse(now()).unwrap_err()), ["undoes_key"]);
    }
}
