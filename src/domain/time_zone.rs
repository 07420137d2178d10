//! An IANA time zone, as each event has one.

use std::str::FromStr;

use crate::error::Msg;

/// An IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(pub chrono_tz::Tz);

impl FromStr for TimeZone {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Msg> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Msg::new("err-required"));
        }
        s.parse::<chrono_tz::Tz>().map(Self).map_err(|_| Msg::new("err-time-zone"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones() {
        assert!("Asia/Kathmandu".parse::<TimeZone>().is_ok());
        assert_eq!(" Africa/Gaborone ".parse::<TimeZone>().unwrap().0, chrono_tz::Africa::Gaborone);
        assert_eq!("Mars/Olympus".parse::<TimeZone>().unwrap_err().key, "err-time-zone");
        assert_eq!("  ".parse::<TimeZone>().unwrap_err().key, "err-required");
    }
}
