//! Endpoint addresses: parsed once when an admin registers them, and checked again at every
//! delivery after DNS, so a webhook cannot be pointed at the office's internal network.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use axum::http::Uri;

use crate::config::WebhookSettings;

/// Why an endpoint address is refused; each names the message the admin reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not an absolute `http(s)://host/…` URL.
    NotAUrl,
    /// `http://` to a host that `webhooks.allowed_hosts` does not list.
    NotHttps,
    /// A loopback, private, link-local, unique-local or unspecified address.
    PrivateAddress,
    /// Credentials in the URL (the secret signs, nothing else authenticates).
    Credentials,
}

impl Refusal {
    /// The Fluent key of the sentence shown for it.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::NotAUrl => "webhooks-err-url",
            Self::NotHttps => "webhooks-err-https",
            Self::PrivateAddress => "webhooks-err-private",
            Self::Credentials => "webhooks-err-credentials",
        }
    }
}

/// An endpoint address that passed the checks made without DNS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl {
    uri: Uri,
    https: bool,
    /// The host in lower case, without the brackets of an IPv6 literal.
    host: String,
    port: u16,
}

impl EndpointUrl {
    /// Parses `raw` and applies the rules of `settings`: `https://` unless the host is
    /// listed in `allowed_hosts`, and no literal address of the internal network.
    pub fn parse(raw: &str, settings: &WebhookSettings) -> Result<Self, Refusal> {
        let raw = raw.trim();
        if raw.len() > 2000 || raw.chars().any(char::is_whitespace) {
            return Err(Refusal::NotAUrl);
        }
        let uri: Uri = raw.parse().map_err(|_| Refusal::NotAUrl)?;
        let authority = uri.authority().ok_or(Refusal::NotAUrl)?;
        if authority.as_str().contains('@') {
            return Err(Refusal::Credentials);
        }
        let https = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(Refusal::NotAUrl),
        };
        let host = authority.host().trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        if host.is_empty() {
            return Err(Refusal::NotAUrl);
        }
        let port = authority.port_u16().unwrap_or(if https { 443 } else { 80 });
        let url = Self { uri, https, host, port };
        let trusted = settings.allows_host(&url.host);
        if !https && !trusted {
            return Err(Refusal::NotHttps);
        }
        if let Some(ip) = url.literal_ip()
            && !trusted
            && !settings.allow_private_addresses
            && !is_public(ip)
        {
            return Err(Refusal::PrivateAddress);
        }
        Ok(url)
    }

    /// Whether the post goes over TLS.
    pub fn https(&self) -> bool {
        self.https
    }

    /// The host name (or address literal) in lower case.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port posted to.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The path and query posted to.
    pub fn path_and_query(&self) -> &str {
        self.uri.path_and_query().map_or("/", |p| p.as_str())
    }

    /// The `Host` header's value.
    pub fn authority(&self) -> &str {
        self.uri.authority().map_or("", |a| a.as_str())
    }

    /// The host as an address, when the URL names one literally.
    fn literal_ip(&self) -> Option<IpAddr> {
        self.host.parse().ok()
    }

    /// The addresses the host resolves to that a post may go to: all of them for a host in
    /// `allowed_hosts` or with `allow_private_addresses`, otherwise only public ones. The
    /// caller connects to one of these, never looking the name up a second time.
    pub async fn resolve(&self, settings: &WebhookSettings) -> Result<Vec<SocketAddr>, ResolveError> {
        let found: Vec<SocketAddr> = match self.literal_ip() {
            Some(ip) => vec![SocketAddr::new(ip, self.port)],
            None => tokio::net::lookup_host((self.host.as_str(), self.port))
                .await
                .map_err(|e| ResolveError::Lookup(e.to_string()))?
                .collect(),
        };
        if settings.allows_host(&self.host) || settings.allow_private_addresses {
            return Ok(found);
        }
        let public: Vec<SocketAddr> = found.iter().copied().filter(|a| is_public(a.ip())).collect();
        if public.is_empty() {
            return Err(ResolveError::Refused);
        }
        Ok(public)
    }
}

impl std::fmt::Display for EndpointUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.uri)
    }
}

/// Why a delivery found no address to post to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// The name did not resolve (retried later).
    Lookup(String),
    /// Every address it resolves to is on the internal network (never retried).
    Refused,
}

/// Whether `ip` is an address of the public internet: not loopback, private, link-local,
/// unique-local, shared (CGNAT), documentation, multicast, broadcast or unspecified, and for
/// IPv6 not an IPv4 address in disguise that would be any of those.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public_v4(v4);
            }
            is_public_v6(v6)
        }
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first & 0xffc0) == 0xfec0
        || first == 0x2001 && ip.segments()[1] == 0x0db8
        || first == 0x0064 && ip.segments()[1] == 0xff9b
        || ip.segments()[..6] == [0, 0, 0, 0, 0, 0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> WebhookSettings {
        WebhookSettings::default()
    }

    #[test]
    fn https_urls_to_public_hosts_pass() {
        let url = EndpointUrl::parse("https://hooks.example.org/in?x=1", &settings()).unwrap();
        assert!(url.https());
        assert_eq!(url.host(), "hooks.example.org");
        assert_eq!(url.port(), 443);
        assert_eq!(url.path_and_query(), "/in?x=1");
        assert!(EndpointUrl::parse("https://93.184.215.14:8443/", &settings()).is_ok());
    }

    #[test]
    fn refusals() {
        let s = settings();
        let refused = |u: &str| EndpointUrl::parse(u, &s).unwrap_err();
        assert_eq!(refused("http://hooks.example.org/"), Refusal::NotHttps);
        assert_eq!(refused("ftp://hooks.example.org/"), Refusal::NotAUrl);
        assert_eq!(refused("hooks.example.org/x"), Refusal::NotAUrl);
        assert_eq!(refused("https:///x"), Refusal::NotAUrl);
        assert_eq!(refused("https://a b.org/"), Refusal::NotAUrl);
        assert_eq!(refused("https://user:pw@hooks.example.org/"), Refusal::Credentials);
        for private in [
            "https://127.0.0.1/",
            "https://10.1.2.3/",
            "https://172.16.0.1/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest",
            "https://0.0.0.0/",
            "https://100.64.0.1/",
            "https://[::1]/",
            "https://[::]/",
            "https://[fe80::1]/",
            "https://[fd00::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[::ffff:10.0.0.1]/",
        ] {
            assert_eq!(refused(private), Refusal::PrivateAddress, "{private}");
        }
    }

    #[test]
    fn allowed_hosts_may_use_http_and_private_addresses() {
        let s = WebhookSettings { allowed_hosts: vec!["127.0.0.1".into(), "::1".into()], ..settings() };
        assert!(EndpointUrl::parse("http://127.0.0.1:8080/hook", &s).is_ok());
        assert!(EndpointUrl::parse("http://[::1]:8080/hook", &s).is_ok());
        assert_eq!(EndpointUrl::parse("http://10.0.0.1/", &s).unwrap_err(), Refusal::NotHttps);
        let open = WebhookSettings { allow_private_addresses: true, ..settings() };
        assert!(EndpointUrl::parse("https://10.0.0.1/", &open).is_ok());
    }

    #[tokio::test]
    async fn a_name_that_resolves_to_loopback_is_refused_at_delivery() {
        let url = EndpointUrl::parse("https://localhost:9/", &settings()).unwrap();
        assert_eq!(url.resolve(&settings()).await.unwrap_err(), ResolveError::Refused);
        let s = WebhookSettings { allowed_hosts: vec!["localhost".into()], ..settings() };
        assert!(!url.resolve(&s).await.unwrap().is_empty());
    }
}
