//! What an API token may do: `read` (GET), `write` (every other method), `checkin` (the
//! check-in routes, whatever the method). A token holds a set of them.

use std::fmt;

/// One scope of an API token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// Reads (GET) on every route.
    Read,
    /// Changes (POST, PUT, PATCH, DELETE) on every route.
    Write,
    /// Every method on the check-in routes, nothing else.
    Checkin,
}

impl Scope {
    const ALL: [Scope; 3] = [Scope::Read, Scope::Write, Scope::Checkin];

    /// The scope's name, as stored and typed.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
            Scope::Checkin => "checkin",
        }
    }
}

/// A non-empty set of scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiScopes {
    read: bool,
    write: bool,
    checkin: bool,
}

/// A scope list that could not be read, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ScopeError(String);

impl ApiScopes {
    /// Read and write: what every token could do before scopes existed.
    pub const FULL: ApiScopes = ApiScopes { read: true, write: true, checkin: false };

    /// Parses names separated by commas or spaces (`read,write`, `checkin`); unknown names and
    /// an empty list are refused.
    pub fn parse(text: &str) -> Result<Self, ScopeError> {
        let mut scopes = ApiScopes { read: false, write: false, checkin: false };
        for name in text.split([',', ' ']).map(str::trim).filter(|n| !n.is_empty()) {
            match Scope::ALL.iter().find(|s| s.as_str().eq_ignore_ascii_case(name)) {
                Some(Scope::Read) => scopes.read = true,
                Some(Scope::Write) => scopes.write = true,
                Some(Scope::Checkin) => scopes.checkin = true,
                None => return Err(ScopeError(format!("`{name}` is not one of read, write, checkin"))),
            }
        }
        if scopes.scopes().is_empty() {
            return Err(ScopeError("name at least one of read, write, checkin".to_owned()));
        }
        Ok(scopes)
    }

    /// The scopes held, in a fixed order.
    pub fn scopes(self) -> Vec<Scope> {
        Scope::ALL.into_iter().filter(|s| self.has(*s)).collect()
    }

    /// Whether the set holds `scope`.
    pub fn has(self, scope: Scope) -> bool {
        match scope {
            Scope::Read => self.read,
            Scope::Write => self.write,
            Scope::Checkin => self.checkin,
        }
    }

    /// Whether a request may go through: `reads_only` for GET and HEAD, `checkin_route` for the
    /// check-in routes.
    pub fn allow(self, reads_only: bool, checkin_route: bool) -> bool {
        (checkin_route && self.checkin) || if reads_only { self.read } else { self.write }
    }
}

impl fmt::Display for ApiScopes {
    /// The stored form: names in a fixed order, joined by commas.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.scopes().into_iter().map(Scope::as_str).collect();
        f.write_str(&names.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_lists_are_read_in_any_order_and_stored_in_one() {
        assert_eq!(ApiScopes::parse("write, read").unwrap(), ApiScopes::FULL);
        assert_eq!(ApiScopes::parse("read,write").unwrap().to_string(), "read,write");
        assert_eq!(ApiScopes::parse("Checkin read").unwrap().to_string(), "read,checkin");
        assert_eq!(ApiScopes::parse("checkin").unwrap().scopes(), vec![Scope::Checkin]);
        for bad in ["", " , ", "admin", "read,all", "reads"] {
            assert!(ApiScopes::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn read_reads_write_changes_and_checkin_reaches_only_the_desk() {
        let read = ApiScopes::parse("read").unwrap();
        assert!(read.allow(true, false) && read.allow(true, true));
        assert!(!read.allow(false, false) && !read.allow(false, true));
        let write = ApiScopes::parse("write").unwrap();
        assert!(write.allow(false, false) && write.allow(false, true) && !write.allow(true, false));
        let checkin = ApiScopes::parse("checkin").unwrap();
        assert!(checkin.allow(true, true) && checkin.allow(false, true));
        assert!(!checkin.allow(true, false) && !checkin.allow(false, false));
    }
}
