//! The page of a list asked for in a query string.

use crate::error::Msg;

/// The highest page a list accepts; no list of the office comes near it, and a bound keeps
/// the offset `page × size` within what the databases take.
pub const MAX_PAGE: u64 = 1_000_000;

/// Parses a page number from 1 to [`MAX_PAGE`]; empty means the first page.
pub fn parse_page(raw: &str) -> Result<u64, Msg> {
    match raw.trim() {
        "" => Ok(1),
        p => p.parse::<u64>().ok().filter(|n| (1..=MAX_PAGE).contains(n)).ok_or_else(|| Msg::new("err-page")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_run_from_one_to_the_bound() {
        assert_eq!(parse_page(""), Ok(1));
        assert_eq!(parse_page(" 3 "), Ok(3));
        assert_eq!(parse_page("1000000"), Ok(MAX_PAGE));
        for bad in ["0", "-1", "x", "1000001", "9223372036854775808", "18446744073709551616"] {
            assert_eq!(parse_page(bad), Err(Msg::new("err-page")), "{bad}");
        }
    }
}
