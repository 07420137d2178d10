//! The number of seats of an event.

use crate::error::Msg;

/// A number of seats: a whole number from 1 to [`Capacity::MAX`]. Events without a limit
/// have no capacity at all, rather than a zero one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Capacity(i32);

impl Capacity {
    /// The most seats an event may have.
    pub const MAX: i32 = 100_000;

    /// Parses a typed number of seats (trimmed); the message names the range otherwise.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        match raw.trim() {
            "" => Err(Msg::new("err-required")),
            v => v.parse::<i32>().map_err(|_| Self::out_of_range()).and_then(Self::new),
        }
    }

    /// A count of seats, if it is within the range.
    pub fn new(seats: i32) -> Result<Self, Msg> {
        if (1..=Self::MAX).contains(&seats) { Ok(Self(seats)) } else { Err(Self::out_of_range()) }
    }

    /// The number of seats.
    pub fn get(self) -> i32 {
        self.0
    }

    fn out_of_range() -> Msg {
        Msg::new("err-capacity").arg("max", Self::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_from_one_to_the_maximum() {
        assert_eq!(Capacity::parse(" 40 ").unwrap().get(), 40);
        assert_eq!(Capacity::parse("1").unwrap().get(), 1);
        assert_eq!(Capacity::parse("100000").unwrap().get(), Capacity::MAX);
        for bad in ["0", "-5", "100001", "12.5", "forty", "4e2"] {
            assert_eq!(Capacity::parse(bad).unwrap_err().key, "err-capacity", "{bad}");
        }
        assert_eq!(Capacity::parse("  ").unwrap_err().key, "err-required");
        assert!(Capacity::new(0).is_err() && Capacity::new(7).is_ok());
    }
}
