//! Certificates and badges as PDF files, for the pages and the API alike.

use super::printable::Printable;
use super::{pdf, rules};
use crate::Office;
use crate::auth::StaffUser;
use crate::error::Error;
use crate::export::{Download, made_apart};
use crate::i18n::Tr;
use crate::mail;

/// The certificate's PDF in its participant's language, as a download.
pub async fn certificate_file(office: &Office, p: Printable) -> Result<Download, Error> {
    let tr = Tr(mail::ui_lang(&p.registration.language));
    let base_url = office.settings.public_base_url();
    let place = mail::event_summary(&p.event, &office.reference, tr.lang(), &base_url).place;
    let verify_url = format!("{base_url}/certificates/verify?code={}", p.certificate.verification_code);
    let name = format!("certificate-{}-{}.pdf", p.event.id, p.certificate.verification_code);
    let body = made_apart(move || pdf::certificate(tr, &p, &place, &verify_url)).await?;
    Ok(pdf_file(body, name))
}

/// A PDF to save.
fn pdf_file(body: Vec<u8>, name: String) -> Download {
    Download { content_type: "application/pdf", filename: name, body, inline: false }
}

/// The badges PDF (shared by the pages and the API).
pub async fn badges_file(
    office: &Office,
    staff: &StaffUser,
    tr: Tr,
    event_id: i32,
    only: Option<i32>,
) -> Result<Download, Error> {
    let (e, badges) =
        rules::badges(&office.db, &office.reference, office.checkin_secret(), staff, event_id, only, tr).await?;
    let dir = crate::pdf::Direction::of_language(tr.lang().code());
    let title = crate::events::content::title(&e, tr.lang()).text;
    let body = made_apart(move || pdf::badges(dir, &title, &badges)).await?;
    let name = match only {
        Some(r) => format!("badge-{}-{r}.pdf", e.id),
        None => format!("badges-{}.pdf", e.id),
    };
    Ok(pdf_file(body, name))
}
