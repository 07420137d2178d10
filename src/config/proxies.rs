//! `server.trusted_proxies`: which peers' `X-Forwarded-For` is believed, and the client address
//! that follows from it.

use std::net::IpAddr;

use ipnet::IpNet;
use serde::Deserialize;

/// The load balancers and reverse proxies in front of the service (addresses or CIDR blocks).
/// Empty, the default, believes no `X-Forwarded-For` at all: any client can write that header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct TrustedProxies(Vec<IpNet>);

impl TryFrom<Vec<String>> for TrustedProxies {
    type Error = String;

    fn try_from(entries: Vec<String>) -> Result<Self, String> {
        entries
            .iter()
            .map(|e| {
                let e = e.trim();
                e.parse::<IpNet>()
                    .or_else(|_| e.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("`{e}` is neither an IP address nor a CIDR block such as 10.0.0.0/8"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }
}

impl TrustedProxies {
    /// Whether `ip` is one of the trusted proxies.
    pub fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the rightmost
    /// address of `X-Forwarded-For` (all its headers, in order) that is not a trusted proxy.
    /// Each proxy appends the address it saw, so only the entries right of the first untrusted
    /// one were written by proxies we know; anything left of it the client may have made up. A
    /// header with an entry that is no IP address is ignored as a whole.
    pub fn client_address<'a>(&self, peer: IpAddr, forwarded: impl IntoIterator<Item = &'a str>) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let mut hops = Vec::new();
        for value in forwarded {
            for entry in value.split(',') {
                match parse_hop(entry) {
                    Some(ip) => hops.push(ip),
                    None => return peer,
                }
            }
        }
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            client = hop;
            if !self.trusts(hop) {
                break;
            }
        }
        client
    }
}

/// One `X-Forwarded-For` entry: an address, perhaps with a port (`[2001:db8::1]:443`,
/// `192.0.2.1:80`), as some proxies write them.
fn parse_hop(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    if let Ok(ip) = entry.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    entry.parse::<std::net::SocketAddr>().ok().map(|s| canonical(s.ip()))
}

/// An IPv4 address mapped into IPv6 (`::ffff:192.0.2.1`, from a dual-stack socket) is the
/// IPv4 address, so `127.0.0.1` in the list trusts it.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(list: &[&str]) -> TrustedProxies {
        TrustedProxies::try_from(list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()).unwrap()
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn addresses_and_blocks_are_read_and_anything_else_is_refused() {
        let p = proxies(&["127.0.0.1", "10.0.0.0/8", "2001:db8::/32"]);
        assert!(p.trusts(ip("127.0.0.1")) && p.trusts(ip("10.20.30.40")) && p.trusts(ip("2001:db8::9")));
        assert!(p.trusts(ip("::ffff:127.0.0.1")), "an IPv4-mapped address is the IPv4 address");
        assert!(!p.trusts(ip("127.0.0.2")) && !p.trusts(ip("192.0.2.1")));
        for bad in ["localhost", "10.0.0.0/33", "", "1.2.3"] {
            let err = TrustedProxies::try_from(vec![bad.to_owned()]).unwrap_err();
            assert!(err.contains("neither an IP address"), "{bad}: {err}");
        }
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_the_header_says() {
        assert_eq!(TrustedProxies::default().client_address(ip("192.0.2.1"), ["203.0.113.7"]), ip("192.0.2.1"));
        let p = proxies(&["10.0.0.1"]);
        assert_eq!(p.client_address(ip("192.0.2.1"), ["203.0.113.7"]), ip("192.0.2.1"));
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let p = proxies(&["127.0.0.1", "10.0.0.0/8"]);
        let peer = ip("127.0.0.1");
        assert_eq!(p.client_address(peer, ["203.0.113.7"]), ip("203.0.113.7"));
        // The client wrote a false first entry; the proxies appended the real one and their own.
        assert_eq!(p.client_address(peer, ["198.51.100.1, 203.0.113.7, 10.1.2.3"]), ip("203.0.113.7"));
        assert_eq!(p.client_address(peer, ["198.51.100.1", "203.0.113.7,10.1.2.3"]), ip("203.0.113.7"));
        assert_eq!(p.client_address(peer, ["[2001:db8::5]:443"]), ip("2001:db8::5"));
        assert_eq!(p.client_address(peer, ["203.0.113.7:5000"]), ip("203.0.113.7"));
        assert_eq!(p.client_address(peer, ["10.1.1.1, 10.2.2.2"]), ip("10.1.1.1"), "all trusted: the furthest");
        assert_eq!(p.client_address(peer, std::iter::empty()), peer, "no header: the peer");
    }

    #[test]
    fn a_bad_header_is_ignored_not_an_error() {
        let p = proxies(&["127.0.0.1"]);
        let peer = ip("127.0.0.1");
        for bad in ["", "unknown", "203.0.113.7, nonsense", "203.0.113.7,,", "999.1.1.1", "<script>"] {
            assert_eq!(p.client_address(peer, [bad]), peer, "{bad:?}");
        }
    }
}
