//! A real SMTP server on loopback (mailin-embedded) that keeps what it receives, and helpers
//! to read messages and the links in them.

use std::io;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::response::{self, Response};
use mailin_embedded::{Handler, Server};

/// A received message, decoded.
#[derive(Debug, Clone)]
pub struct Received {
    /// The `To` header.
    pub to: String,
    /// The decoded subject.
    pub subject: String,
    /// The decoded plain-text part.
    pub text: String,
    /// The decoded HTML part.
    pub html: String,
    /// The `Message-ID` header.
    pub message_id: String,
    /// The attached calendar (`text/calendar` part): its `method` parameter and its text.
    pub calendar: Option<(String, String)>,
}

impl Received {
    /// The first link in the text part that contains `fragment`.
    pub fn link(&self, fragment: &str) -> Option<String> {
        self.text
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(fragment))
            .map(|w| w.trim_end_matches(['.', ',', ')']).to_owned())
    }

    /// The path of that link (what the test client requests).
    pub fn path(&self, fragment: &str) -> String {
        let link = self.link(fragment).unwrap_or_else(|| panic!("no link with {fragment} in:\n{}", self.text));
        let after_scheme = link.split_once("://").map(|(_, r)| r).unwrap_or(&link);
        format!("/{}", after_scheme.split_once('/').map(|(_, p)| p).unwrap_or(""))
    }
}

#[derive(Clone)]
struct Collector {
    current: Vec<u8>,
    inbox: Arc<Mutex<Vec<Vec<u8>>>>,
    refuse: Arc<AtomicBool>,
    greetings: Arc<AtomicUsize>,
}

impl Handler for Collector {
    fn helo(&mut self, _ip: IpAddr, _domain: &str) -> Response {
        self.greetings.fetch_add(1, Ordering::SeqCst);
        response::OK
    }

    fn rcpt(&mut self, _to: &str) -> Response {
        if self.refuse.load(Ordering::SeqCst) { response::NO_MAILBOX } else { response::OK }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, _to: &[String]) -> Response {
        self.current.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Ok(mut inbox) = self.inbox.lock() {
            inbox.push(std::mem::take(&mut self.current));
        }
        response::OK
    }
}

/// The server and its inbox.
pub struct SmtpServer {
    /// The port it listens on (127.0.0.1).
    pub port: u16,
    inbox: Arc<Mutex<Vec<Vec<u8>>>>,
    refuse: Arc<AtomicBool>,
    greetings: Arc<AtomicUsize>,
}

impl SmtpServer {
    /// Starts a server on a free loopback port, on its own thread (it never stops; the test
    /// process ends it).
    pub fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind smtp");
        Self::start_on(listener)
    }

    /// Starts a server on a given listener (to bring one back on the same port).
    pub fn start_on(listener: std::net::TcpListener) -> Self {
        let port = listener.local_addr().expect("addr").port();
        let inbox = Arc::new(Mutex::new(Vec::new()));
        let refuse = Arc::new(AtomicBool::new(false));
        let greetings = Arc::new(AtomicUsize::new(0));
        let handler = Collector {
            current: Vec::new(),
            inbox: inbox.clone(),
            refuse: refuse.clone(),
            greetings: greetings.clone(),
        };
        let mut server = Server::new(handler);
        server.with_name("smtp.test").with_num_threads(16).with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Self { port, inbox, refuse, greetings }
    }

    /// How many times a client greeted the server (`EHLO`/`HELO`): once per plain connection.
    pub fn greetings(&self) -> usize {
        self.greetings.load(Ordering::SeqCst)
    }

    /// Makes the server refuse every recipient with a permanent 550.
    pub fn refuse_recipients(&self, refuse: bool) {
        self.refuse.store(refuse, Ordering::SeqCst);
    }

    /// Every message so far, decoded.
    pub fn messages(&self) -> Vec<Received> {
        let raw = self.inbox.lock().map(|i| i.clone()).unwrap_or_default();
        raw.iter().map(|r| decode(r)).collect()
    }

    /// Waits until at least `n` messages arrived (the dispatcher works in the background);
    /// panics after a generous minute.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..600 {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {n} messages, got {}", self.messages().len());
    }

    /// Messages to one address, in arrival order.
    pub fn to(&self, address: &str) -> Vec<Received> {
        self.messages().into_iter().filter(|m| m.to.to_lowercase().contains(&address.to_lowercase())).collect()
    }

    /// Waits until `address` has at least `n` messages.
    pub async fn wait_for_to(&self, address: &str, n: usize) -> Vec<Received> {
        for _ in 0..600 {
            let got = self.to(address);
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {n} messages to {address}, got {}", self.to(address).len());
    }
}

fn decode(raw: &[u8]) -> Received {
    use mailparse::MailHeaderMap;
    let parsed = mailparse::parse_mail(raw).expect("a parsable message");
    let header = |name: &str| parsed.headers.get_first_value(name).unwrap_or_default();
    let mut text = String::new();
    let mut html = String::new();
    let mut calendar = None;
    let mut parts = vec![&parsed];
    while let Some(part) = parts.pop() {
        if part.subparts.is_empty() {
            let body = part.get_body().unwrap_or_default();
            if part.ctype.mimetype == "text/plain" {
                text = body;
            } else if part.ctype.mimetype == "text/html" {
                html = body;
            } else if part.ctype.mimetype == "text/calendar" {
                calendar = Some((part.ctype.params.get("method").cloned().unwrap_or_default(), body));
            }
        } else {
            parts.extend(part.subparts.iter());
        }
    }
    Received { to: header("To"), subject: header("Subject"), text, html, message_id: header("Message-ID"), calendar }
}
