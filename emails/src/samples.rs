//! Sample contexts for the tests, realistic in each language, and the snapshot macro.

use locale::Lang;

use crate::{
    Email, EventSummary, Role, certificate_issued, email_verification, event_reminder, invitation, ngo_application,
    nomination_request, registration_cancelled, registration_confirmed, registration_declined, registration_received,
    registration_waitlisted, schedule_changed, seat_offered,
};

/// Snapshots a message's subject and text, then its HTML, under `<prefix>_text` and `<prefix>_html`.
macro_rules! assert_email_snapshots {
    ($prefix:literal, $email:expr) => {{
        let email: $crate::Email = $email;
        let text = $crate::samples::text_view(&email);
        let html = $crate::samples::html_view(&email);
        insta::assert_snapshot!(concat!($prefix, "_text"), text);
        insta::assert_snapshot!(concat!($prefix, "_html"), html);
    }};
}
pub(crate) use assert_email_snapshots;

/// The subject and the text body, as a reader sees them.
pub(crate) fn text_view(email: &Email) -> String {
    format!("Subject: {}\n\n{}", email.subject, email.text)
}

/// The HTML body with a line break between tags, so a snapshot diff points at the change.
pub(crate) fn html_view(email: &Email) -> String {
    email.html.replace("><", ">\n<")
}

const NAME: &str = "Amina Diallo";

// Samples are in English for a language that has none of its own: its snapshots would be the
// language's words around English facts.

/// A workshop, described in `lang`.
pub(crate) fn event(lang: Lang) -> EventSummary {
    let (title, dates, place) = match lang {
        Lang::Fr => (
            "Atelier régional sur la mise en œuvre du Traité sur le commerce des armes",
            "10–12 mars 2026",
            "Lomé (Togo)",
        ),
        _ => ("Regional Workshop on the Implementation of the Arms Trade Treaty", "10–12 March 2026", "Lomé, Togo"),
    };
    EventSummary {
        title: title.to_owned(),
        dates: dates.to_owned(),
        place: place.to_owned(),
        url: "https://convene.example.org/events/17".to_owned(),
    }
}

/// A personal invitation with a deadline and the organiser's paragraph.
pub(crate) fn invitation(lang: Lang) -> invitation::Invitation {
    let (respond_by, custom) = match lang {
        Lang::Fr => (
            "20 février 2026",
            "Les frais de voyage et d'hébergement d'un participant par État seront pris en charge grâce à la \
             généreuse contribution de l'Union européenne.",
        ),
        _ => (
            "20 February 2026",
            "Travel and accommodation costs of one participant per State will be covered through the generous \
             contribution of the European Union.",
        ),
    };
    invitation::Invitation {
        recipient_name: NAME.to_owned(),
        event: event(lang),
        role: Role::Delegate,
        register_url: "https://convene.example.org/invitations/inv_3kQ9zT".to_owned(),
        respond_by: Some(respond_by.to_owned()),
        custom_paragraph: Some(custom.to_owned()),
    }
}

/// A request for three nominations with a deadline and the organiser's paragraph.
pub(crate) fn nomination_request(lang: Lang) -> nomination_request::NominationRequest {
    let (respond_by, custom) = match lang {
        Lang::Fr => ("6 février 2026", "La désignation de femmes est particulièrement encouragée."),
        _ => ("6 February 2026", "Nominations of women are particularly encouraged."),
    };
    nomination_request::NominationRequest {
        focal_point_name: "Kwame Mensah".to_owned(),
        country_name: "Ghana".to_owned(),
        event: event(lang),
        seats: 3,
        nomination_url: "https://convene.example.org/nominations/nom_8pLm2X".to_owned(),
        respond_by: Some(respond_by.to_owned()),
        custom_paragraph: Some(custom.to_owned()),
    }
}

/// A registration pending accreditation.
pub(crate) fn registration_received(lang: Lang) -> registration_received::RegistrationReceived {
    registration_received::RegistrationReceived { name: NAME.to_owned(), event: event(lang), manage_url: manage_url() }
}

/// An approved registration.
pub(crate) fn registration_confirmed(lang: Lang) -> registration_confirmed::RegistrationConfirmed {
    registration_confirmed::RegistrationConfirmed {
        name: NAME.to_owned(),
        event: event(lang),
        manage_url: manage_url(),
        approved: true,
    }
}

/// A registration fourth on the waiting list.
pub(crate) fn registration_waitlisted(lang: Lang) -> registration_waitlisted::RegistrationWaitlisted {
    registration_waitlisted::RegistrationWaitlisted {
        name: NAME.to_owned(),
        event: event(lang),
        position: 4,
        manage_url: manage_url(),
    }
}

/// A place offered until a deadline.
pub(crate) fn seat_offered(lang: Lang) -> seat_offered::SeatOffered {
    let expires = match lang {
        Lang::Fr => "3 mars 2026 à 18 h 00 (heure de Lomé)",
        _ => "3 March 2026, 18:00 (Lomé time)",
    };
    seat_offered::SeatOffered {
        name: NAME.to_owned(),
        event: event(lang),
        accept_url: "https://convene.example.org/offers/off_Q7wE4r".to_owned(),
        expires: expires.to_owned(),
    }
}

/// A registration declined with a reason.
pub(crate) fn registration_declined(lang: Lang) -> registration_declined::RegistrationDeclined {
    let reason = match lang {
        Lang::Fr => "Votre nom ne figure pas dans la note verbale reçue de votre mission permanente.",
        _ => "Your name does not appear in the note verbale received from your permanent mission.",
    };
    registration_declined::RegistrationDeclined {
        name: NAME.to_owned(),
        event: event(lang),
        reason: Some(reason.to_owned()),
    }
}

/// A cancelled registration.
pub(crate) fn registration_cancelled(lang: Lang) -> registration_cancelled::RegistrationCancelled {
    registration_cancelled::RegistrationCancelled { name: NAME.to_owned(), event: event(lang) }
}

/// A change notice with a moved session and a new room.
pub(crate) fn schedule_changed(lang: Lang) -> schedule_changed::ScheduleChanged {
    let changes = match lang {
        Lang::Fr => vec![
            "Séance d'ouverture déplacée : 10 mars 2026 09:00–10:00 → 10 mars 2026 09:30–10:30 Salle 2".to_owned(),
            "Nouvelle séance : Visite du poste-frontière, 12 mars 2026 14:00–17:00".to_owned(),
        ],
        _ => vec![
            "Opening plenary moved: 10 March 2026 09:00–10:00 → 10 March 2026 09:30–10:30 Room 2".to_owned(),
            "New session: Field visit to the border post, 12 March 2026 14:00–17:00".to_owned(),
        ],
    };
    schedule_changed::ScheduleChanged { name: NAME.to_owned(), event: event(lang), changes, cancelled: false }
}

/// An address to confirm for an open registration.
pub(crate) fn email_verification(lang: Lang) -> email_verification::EmailVerification {
    email_verification::EmailVerification {
        event: event(lang),
        verify_url: "https://convene.example.org/verify/ver_Zx81Kd".to_owned(),
    }
}

/// An NGO's application declined, with the secretariat's reason.
pub(crate) fn ngo_declined(lang: Lang) -> ngo_application::NgoApplication {
    ngo_application::NgoApplication {
        organisation: "VERTIC".to_owned(),
        event: event(lang),
        step: ngo_application::NgoStep::Declined {
            reason: "No ECOSOC status and no link to the Convention.".to_owned(),
        },
    }
}

/// A reminder a week before the event.
pub(crate) fn event_reminder(lang: Lang) -> event_reminder::EventReminder {
    event_reminder::EventReminder { name: NAME.to_owned(), event: event(lang), days_before: 7 }
}

/// A certificate after a five-day course attended four days.
pub(crate) fn certificate_issued(lang: Lang) -> certificate_issued::CertificateIssued {
    certificate_issued::CertificateIssued {
        name: NAME.to_owned(),
        event: event(lang),
        days_attended: 4,
        days_total: 5,
        verification_code: "K7QM-4XPD-9TWA-2HCE".to_owned(),
        download_url: format!("{}/certificate", manage_url()),
    }
}

fn manage_url() -> String {
    "https://convene.example.org/registrations/reg_5Hn0vB".to_owned()
}

/// Every message rendered in `lang`, with its name, the URL it must show and its event title.
pub(crate) fn render_all(lang: Lang) -> Vec<(&'static str, Email, String, String)> {
    let title = event(lang).title;
    let event_url = event(lang).url;
    let invitation = invitation(lang);
    let nomination = nomination_request(lang);
    let received = registration_received(lang);
    let confirmed = registration_confirmed(lang);
    let waitlisted = registration_waitlisted(lang);
    let offered = seat_offered(lang);
    let verification = email_verification(lang);
    let reminder = event_reminder(lang);
    let changed = schedule_changed(lang);
    let certificate = certificate_issued(lang);
    vec![
        ("invitation", invitation::render(&invitation, lang), invitation.register_url),
        ("nomination_request", nomination_request::render(&nomination, lang), nomination.nomination_url),
        ("registration_received", registration_received::render(&received, lang), received.manage_url),
        ("registration_confirmed", registration_confirmed::render(&confirmed, lang), confirmed.manage_url),
        ("registration_waitlisted", registration_waitlisted::render(&waitlisted, lang), waitlisted.manage_url),
        ("seat_offered", seat_offered::render(&offered, lang), offered.accept_url),
        ("registration_declined", registration_declined::render(&registration_declined(lang), lang), event_url.clone()),
        (
            "registration_cancelled",
            registration_cancelled::render(&registration_cancelled(lang), lang),
            event_url.clone(),
        ),
        ("schedule_changed", schedule_changed::render(&changed, lang), event_url),
        ("email_verification", email_verification::render(&verification, lang), verification.verify_url),
        ("event_reminder", event_reminder::render(&reminder, lang), reminder.event.url.clone()),
        ("certificate_issued", certificate_issued::render(&certificate, lang), certificate.download_url),
    ]
    .into_iter()
    .map(|(name, email, url)| (name, email, url, title.clone()))
    .collect()
}
