//! The ways a message leaves: SMTP (lettre, pooled) or `.eml` files in a folder.

use std::time::Duration;

use lettre::message::header::{ContentDisposition, ContentType};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::{PoolConfig, client::Tls, client::TlsParameters};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::MailSettings;
use crate::entities::outbox_message::Model;

/// A configured transport.
#[derive(Clone)]
pub enum Transport {
    /// A mail server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
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
        let host = mail.smtp_host.as_str();
        let mut builder = match mail.smtp_tls.as_str() {
            "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            "tls" => {
                let params = TlsParameters::new(host.to_owned()).map_err(|e| format!("mail.smtp_host: {e}"))?;
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).tls(Tls::Wrapper(params))
            }
            _ => {
                let params = TlsParameters::new(host.to_owned()).map_err(|e| format!("mail.smtp_host: {e}"))?;
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).tls(Tls::Required(params))
            }
        };
        builder = builder
            .port(mail.smtp_port)
            .timeout(Some(Duration::from_secs(mail.smtp_timeout_seconds)))
            .pool_config(PoolConfig::new().max_size(mail.smtp_pool_size));
        if !mail.smtp_username.is_empty() {
            builder = builder.credentials(Credentials::new(mail.smtp_username.clone(), mail.smtp_password.clone()));
        }
        Ok(Self::Smtp(builder.build()))
    }

    /// Sends one outbox row.
    pub async fn send(&self, from: &Mailbox, row: &Model) -> Result<(), SendError> {
        let message = build(from, row)?;
        match self {
            Self::Smtp(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError { permanent: e.is_permanent(), reason: e.to_string() }),
            Self::File(t) => {
                t.send(message).await.map(|_| ()).map_err(|e| SendError { permanent: false, reason: e.to_string() })
            }
        }
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
            let method = crate::calendar::emit::method_of(ics).unwrap_or("PUBLISH");
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
