//! The ways a message leaves: SMTP (our own pool of lettre connections) or `.eml` files in a
//! folder.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lettre::message::header::{ContentDisposition, ContentType};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::Semaphore;

use crate::config::MailSettings;
use crate::entities::outbox_message::Model;

/// A configured transport.
#[derive(Clone)]
pub enum Transport {
    /// A mail server.
    Smtp(Arc<SmtpPool>),
    /// A folder of `.eml` files.
    File(AsyncFileTransport<Tokio1Executor>),
}

/// Why a message was not sent.
#[derive(Debug, Clone)]
pub struct SendError {
    /// The server refused it for good (5xx) or it cannot be built; retrying will not help.
    pub permanent: bool,
    /// The reply or reason, kept on the row.
    pub reason: String,
}

impl Transport {
    /// Builds the transport the settings name.
    pub fn from_settings(mail: &MailSettings) -> Result<Self, String> {
        if mail.transport == "file" {
            std::fs::create_dir_all(&mail.file_dir)
                .map_err(|e| format!("mail.file_dir: cannot create {}: {e}", mail.file_dir.display()))?;
            return Ok(Self::File(AsyncFileTransport::<Tokio1Executor>::new(&mail.file_dir)));
        }
        Ok(Self::Smtp(Arc::new(SmtpPool::from_settings(mail)?)))
    }

    /// Sends one outbox row.
    pub async fn send(&self, from: &Mailbox, row: &Model) -> Result<(), SendError> {
        let message = build(from, row)?;
        match self {
            Self::Smtp(pool) => pool.send(&message).await,
            Self::File(t) => {
                t.send(message).await.map(|_| ()).map_err(|e| SendError { permanent: false, reason: e.to_string() })
            }
        }
    }
}

/// How the connection to the mail server is secured.
enum Security {
    /// Plain text (a relay on the same host).
    None,
    /// `STARTTLS` after the greeting, required.
    StartTls(TlsParameters),
    /// TLS from the first byte (SMTPS, port 465).
    Wrapper(TlsParameters),
}

/// Idle connections are dropped after this long rather than probed: servers may close them
/// after a few minutes, and a probe would cost a round trip per message.
const IDLE_LIMIT: Duration = Duration::from_secs(60);

/// SMTP connections kept open between messages, at most `mail.smtp_pool_size` at a time.
///
/// lettre writes a message and its closing `.` in two writes. On a socket with Nagle's
/// algorithm on (lettre's own pool never sets `TCP_NODELAY`), the second write waits for the
/// server to acknowledge the first, which a Linux server delays up to 40 ms: about 22 messages
/// per second per connection, whatever the CPU. So plain and `STARTTLS` connections are opened
/// here on our own socket with `TCP_NODELAY` and handed to lettre. (SMTPS keeps lettre's
/// socket: its TLS must start before the greeting, which lettre only does on its own socket.)
pub struct SmtpPool {
    host: String,
    port: u16,
    security: Security,
    credentials: Option<Credentials>,
    timeout: Duration,
    hello: ClientId,
    /// One permit per connection that may be open.
    slots: Semaphore,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

impl SmtpPool {
    fn from_settings(mail: &MailSettings) -> Result<Self, String> {
        let host = mail.smtp_host.clone();
        let params = || TlsParameters::new(host.clone()).map_err(|e| format!("mail.smtp_host: {e}"));
        let security = match mail.smtp_tls.as_str() {
            "none" => Security::None,
            "tls" => Security::Wrapper(params()?),
            _ => Security::StartTls(params()?),
        };
        let credentials = (!mail.smtp_username.is_empty())
            .then(|| Credentials::new(mail.smtp_username.clone(), mail.smtp_password.clone()));
        Ok(Self {
            host,
            port: mail.smtp_port,
            security,
            credentials,
            timeout: Duration::from_secs(mail.smtp_timeout_seconds.max(1)),
            hello: ClientId::default(),
            slots: Semaphore::new(mail.smtp_pool_size.max(1) as usize),
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Sends one message on an idle connection, or on a new one if none is idle or the idle
    /// one turns out to be closed.
    async fn send(&self, message: &Message) -> Result<(), SendError> {
        let _slot = self.slots.acquire().await.map_err(|e| transient(e.to_string()))?;
        let bytes = message.formatted();
        if let Some(connection) = self.take_idle() {
            match self.send_on(connection, message, &bytes).await {
                // The socket failed: the server has probably closed an idle connection.
                Err(Failure::Connection(_)) => {}
                // Sent, or the server answered: its answer stands.
                done => return done.map_err(Failure::into_error),
            }
        }
        let connection = self.connect().await?;
        self.send_on(connection, message, &bytes).await.map_err(Failure::into_error)
    }

    /// Sends on `connection` and keeps it for the next message if that went well.
    async fn send_on(
        &self,
        mut connection: AsyncSmtpConnection,
        message: &Message,
        bytes: &[u8],
    ) -> Result<(), Failure> {
        match tokio::time::timeout(self.timeout, connection.send(message.envelope(), bytes)).await {
            Ok(Ok(_)) => {
                self.put_back(connection);
                Ok(())
            }
            Ok(Err(e)) if e.is_transient() || e.is_permanent() || e.is_client() => Err(Failure::Answered(SendError {
                permanent: e.is_permanent() || e.is_client(),
                reason: e.to_string(),
            })),
            Ok(Err(e)) => Err(Failure::Connection(transient(e.to_string()))),
            Err(_) => Err(Failure::Connection(transient(self.timed_out()))),
        }
    }

    /// Opens, secures and authenticates a connection.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let opened = async {
            let mut connection = match &self.security {
                Security::Wrapper(params) => {
                    AsyncSmtpConnection::connect_tokio1(
                        (self.host.as_str(), self.port),
                        Some(self.timeout),
                        &self.hello,
                        Some(params.clone()),
                        None,
                    )
                    .await?
                }
                Security::None | Security::StartTls(_) => {
                    let socket = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
                        .await
                        .and_then(|s| s.set_nodelay(true).map(|()| s))
                        .map_err(|e| transient(format!("cannot connect to {}:{}: {e}", self.host, self.port)))?;
                    AsyncSmtpConnection::connect_with_transport(Box::new(socket), &self.hello).await?
                }
            };
            if let Security::StartTls(params) = &self.security {
                connection.starttls(params.clone(), &self.hello).await?;
            }
            if let Some(credentials) = &self.credentials {
                connection.auth(DEFAULT_MECHANISMS, credentials).await?;
            }
            Ok::<_, SendError>(connection)
        };
        tokio::time::timeout(self.timeout, opened).await.map_err(|_| transient(self.timed_out()))?
    }

    fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self.idle.lock().ok()?;
        while let Some((connection, since)) = idle.pop() {
            if since.elapsed() < IDLE_LIMIT {
                return Some(connection);
            }
        }
        None
    }

    fn put_back(&self, connection: AsyncSmtpConnection) {
        if connection.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            idle.push((connection, Instant::now()));
        }
    }

    fn timed_out(&self) -> String {
        format!("the mail server did not answer within {} s", self.timeout.as_secs())
    }
}

/// How a send on a connection failed.
enum Failure {
    /// The server refused the message (or lettre refused to send it).
    Answered(SendError),
    /// The connection itself failed.
    Connection(SendError),
}

impl Failure {
    fn into_error(self) -> SendError {
        match self {
            Self::Answered(e) | Self::Connection(e) => e,
        }
    }
}

fn transient(reason: String) -> SendError {
    SendError { permanent: false, reason }
}

impl From<lettre::transport::smtp::Error> for SendError {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        Self { permanent: e.is_permanent(), reason: e.to_string() }
    }
}

fn build(from: &Mailbox, row: &Model) -> Result<Message, SendError> {
    let permanent = |reason: String| SendError { permanent: true, reason };
    let address = row.to_address.parse().map_err(|e| permanent(format!("bad recipient address: {e}")))?;
    let to = Mailbox::new(Some(row.to_name.clone()), address);
    let body = MultiPart::alternative_plain_html(row.text_body.clone(), row.html_body.clone());
    // A calendar file goes beside the text and HTML, typed with its iTIP method so mail
    // clients offer to add (or remove) the entry.
    let body = match &row.calendar_attachment {
        None => body,
        Some(ics) => {
            let method = row.calendar_method.as_deref().unwrap_or("PUBLISH");
            let content_type = ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                .map_err(|e| permanent(format!("bad calendar content type: {e}")))?;
            MultiPart::mixed().multipart(body).singlepart(
                SinglePart::builder()
                    .header(content_type)
                    .header(ContentDisposition::attachment("invite.ics"))
                    .body(ics.clone()),
            )
        }
    };
    Message::builder()
        .message_id(Some(row.message_id.clone()))
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
        .multipart(body)
        .map_err(|e| permanent(format!("cannot build the message: {e}")))
}
