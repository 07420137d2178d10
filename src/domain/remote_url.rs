//! A session's remote link: an absolute `https://` address with a host name, nothing else (no
//! `http:`, `javascript:` or relative links reach a participant's page or calendar). The
//! grammar is deliberately plain, so the API document states it as one pattern
//! ([`REMOTE_URL_PATTERN`]).

use crate::error::Msg;

/// The longest remote link accepted (webinar links carry long meeting ids and passcodes).
pub const REMOTE_URL_MAX: usize = 500;

/// The link's grammar as a regular expression (without anchors or surrounding spaces).
pub const REMOTE_URL_PATTERN: &str =
    "https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*)?";

/// A checked remote link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteUrl(String);

impl RemoteUrl {
    /// Parses a typed link; the message names what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        if raw.chars().any(char::is_control) {
            return Err(Msg::new("err-remote-url"));
        }
        let link = raw.trim();
        if link.len() > REMOTE_URL_MAX {
            return Err(Msg::new("err-too-long").arg("max", REMOTE_URL_MAX));
        }
        let Some(rest) = link.strip_prefix("https://") else {
            let plain = link.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("http://"));
            return Err(Msg::new(if plain { "err-remote-url-https" } else { "err-remote-url" }));
        };
        let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(split);
        let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
        let labels: Vec<&str> = host.split('.').collect();
        let host_ok = labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        let port_ok =
            !authority.contains(':') || ((1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit()));
        let path_ok = path.bytes().all(|b| b.is_ascii_alphanumeric() || b"._~!$&'()*+,;=:@%/?#-".contains(&b));
        if host_ok && port_ok && path_ok { Ok(Self(link.to_owned())) } else { Err(Msg::new("err-remote-url")) }
    }

    /// The link as stored and shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The stored link.
    pub fn into_inner(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_links_with_a_host_pass() {
        for good in ["https://meet.example.org/j/123?pwd=abc", " https://webtv.un.org ", "https://Zoom.us:8443/j/9#x"] {
            assert_eq!(RemoteUrl::parse(good).unwrap().as_str(), good.trim(), "{good}");
        }
    }

    #[test]
    fn other_links_are_refused_with_a_reason() {
        for (bad, key) in [
            ("http://meet.example.org/j/1", "err-remote-url-https"),
            ("javascript:alert(1)", "err-remote-url"),
            ("https://", "err-remote-url"),
            ("https:///path", "err-remote-url"),
            ("https://localhost/x", "err-remote-url"),
            ("meet.example.org/j/1", "err-remote-url"),
            ("/relative", "err-remote-url"),
            ("https://user:pw@meet.example.org/", "err-remote-url"),
            ("https://meet.example.org/a b", "err-remote-url"),
            ("ftp://files.example.org/", "err-remote-url"),
            ("https://meet..example.org/", "err-remote-url"),
            ("https://meet.example.org:/", "err-remote-url"),
            ("https://meet.example.org/<script>", "err-remote-url"),
            ("https://meet.example.org/\tx", "err-remote-url"),
        ] {
            assert_eq!(RemoteUrl::parse(bad).unwrap_err().key, key, "{bad}");
        }
        let long = format!("https://meet.example.org/{}", "a".repeat(REMOTE_URL_MAX));
        assert_eq!(RemoteUrl::parse(&long).unwrap_err().key, "err-too-long");
    }
}
