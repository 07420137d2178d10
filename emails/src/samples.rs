//! Sample contexts for the tests, realistic in each language, and the snapshot macro.

use locale::Lang;

use crate::{
    Email, EventSummary, Role, certificate_issued, email_verification, event_reminder, invitation, ngo_application,
    nomination_request, registration_cancelled, registration_confirmed, registration_declined, registration_received,
    registration_waitlisted, schedule_changed, seat_offered, side_event_decision, side_event_request,
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

/// `texts` in the order of [`Lang::ALL`] (ar, zh, en, fr, ru, es): the one for `lang`.
fn say(lang: Lang, texts: [&'static str; 6]) -> &'static str {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    texts[i]
}

/// The participant, as a registration in `lang` would name her.
pub(crate) fn name(lang: Lang) -> String {
    say(lang, ["أمينة ديالو", "李娜", "Amina Diallo", "Amina Diallo", "Анна Петрова", "María Fernández"]).to_owned()
}

/// A workshop, described in `lang`.
pub(crate) fn event(lang: Lang) -> EventSummary {
    let title = say(
        lang,
        [
            "حلقة العمل الإقليمية بشأن تنفيذ معاهدة تجارة الأسلحة",
            "《武器贸易条约》执行情况区域讲习班",
            "Regional Workshop on the Implementation of the Arms Trade Treaty",
            "Atelier régional sur la mise en œuvre du Traité sur le commerce des armes",
            "Региональный семинар по осуществлению Договора о торговле оружием",
            "Taller regional sobre la aplicación del Tratado sobre el Comercio de Armas",
        ],
    );
    let dates = say(
        lang,
        [
            "10–12 مارس 2026",
            "2026年3月10日–12日",
            "10–12 March 2026",
            "10–12 mars 2026",
            "10–12 марта 2026\u{202f}г.",
            "10–12 de marzo de 2026",
        ],
    );
    let place = say(lang, ["لومي، توغو", "多哥洛美", "Lomé, Togo", "Lomé (Togo)", "Ломе (Того)", "Lomé (Togo)"]);
    EventSummary {
        title: title.to_owned(),
        dates: dates.to_owned(),
        place: place.to_owned(),
        url: "https://convene.example.org/events/17".to_owned(),
    }
}

/// A personal invitation with a deadline and the organiser's paragraph.
pub(crate) fn invitation(lang: Lang) -> invitation::Invitation {
    let respond_by = say(
        lang,
        [
            "20 فبراير 2026",
            "2026年2月20日",
            "20 February 2026",
            "20 février 2026",
            "20 февраля 2026\u{202f}г.",
            "20 de febrero de 2026",
        ],
    );
    let custom = say(
        lang,
        [
            "ستُغطّى تكاليف السفر والإقامة لمشارك واحد من كل دولة بفضل المساهمة السخية المقدَّمة من الاتحاد الأوروبي.",
            "承蒙欧洲联盟慷慨捐助，每个国家一名与会者的旅费和住宿费将予以支付。",
            "Travel and accommodation costs of one participant per State will be covered through the generous \
             contribution of the European Union.",
            "Les frais de voyage et d'hébergement d'un participant par État seront pris en charge grâce à la \
             généreuse contribution de l'Union européenne.",
            "Расходы на проезд и проживание одного участника от каждого государства будут покрыты за счет \
             щедрого взноса Европейского союза.",
            "Los gastos de viaje y alojamiento de un participante por Estado se sufragarán gracias a la generosa \
             contribución de la Unión Europea.",
        ],
    );
    invitation::Invitation {
        recipient_name: name(lang),
        event: event(lang),
        role: Role::Delegate,
        register_url: "https://convene.example.org/invitations/inv_3kQ9zT".to_owned(),
        respond_by: Some(respond_by.to_owned()),
        custom_paragraph: Some(custom.to_owned()),
    }
}

/// A request for three nominations with a deadline and the organiser's paragraph.
pub(crate) fn nomination_request(lang: Lang) -> nomination_request::NominationRequest {
    let respond_by = say(
        lang,
        [
            "6 فبراير 2026",
            "2026年2月6日",
            "6 February 2026",
            "6 février 2026",
            "6 февраля 2026\u{202f}г.",
            "6 de febrero de 2026",
        ],
    );
    let custom = say(
        lang,
        [
            "ويُشجَّع بوجه خاص على ترشيح النساء.",
            "特别鼓励提名女性。",
            "Nominations of women are particularly encouraged.",
            "La désignation de femmes est particulièrement encouragée.",
            "Особо приветствуется выдвижение кандидатур женщин.",
            "Se alienta especialmente la designación de mujeres.",
        ],
    );
    nomination_request::NominationRequest {
        focal_point_name: say(
            lang,
            ["كوامي منساه", "夸梅·门萨", "Kwame Mensah", "Kwame Mensah", "Кваме Менса", "Kwame Mensah"],
        )
        .to_owned(),
        country_name: say(lang, ["غانا", "加纳", "Ghana", "Ghana", "Гана", "Ghana"]).to_owned(),
        event: event(lang),
        seats: 3,
        nomination_url: "https://convene.example.org/nominations/nom_8pLm2X".to_owned(),
        respond_by: Some(respond_by.to_owned()),
        custom_paragraph: Some(custom.to_owned()),
    }
}

/// A registration pending accreditation.
pub(crate) fn registration_received(lang: Lang) -> registration_received::RegistrationReceived {
    registration_received::RegistrationReceived { name: name(lang), event: event(lang), manage_url: manage_url() }
}

/// An approved registration.
pub(crate) fn registration_confirmed(lang: Lang) -> registration_confirmed::RegistrationConfirmed {
    registration_confirmed::RegistrationConfirmed {
        name: name(lang),
        event: event(lang),
        manage_url: manage_url(),
        approved: true,
    }
}

/// A registration fourth on the waiting list.
pub(crate) fn registration_waitlisted(lang: Lang) -> registration_waitlisted::RegistrationWaitlisted {
    registration_waitlisted::RegistrationWaitlisted {
        name: name(lang),
        event: event(lang),
        position: 4,
        manage_url: manage_url(),
    }
}

/// A place offered until a deadline.
pub(crate) fn seat_offered(lang: Lang) -> seat_offered::SeatOffered {
    let expires = say(
        lang,
        [
            "3 مارس 2026، 18:00 (بتوقيت لومي)",
            "2026年3月3日 18:00（洛美时间）",
            "3 March 2026, 18:00 (Lomé time)",
            "3 mars 2026 à 18 h 00 (heure de Lomé)",
            "3 марта 2026\u{202f}г., 18:00 (по времени Ломе)",
            "3 de marzo de 2026, 18:00 (hora de Lomé)",
        ],
    );
    seat_offered::SeatOffered {
        name: name(lang),
        event: event(lang),
        accept_url: "https://convene.example.org/offers/off_Q7wE4r".to_owned(),
        expires: expires.to_owned(),
    }
}

/// A registration declined with a reason.
pub(crate) fn registration_declined(lang: Lang) -> registration_declined::RegistrationDeclined {
    let reason = say(
        lang,
        [
            "لا يرد اسمك في المذكرة الشفوية الواردة من بعثتك الدائمة.",
            "贵国常驻代表团发来的普通照会中没有您的姓名。",
            "Your name does not appear in the note verbale received from your permanent mission.",
            "Votre nom ne figure pas dans la note verbale reçue de votre mission permanente.",
            "Ваше имя не указано в вербальной ноте, полученной от Вашего постоянного представительства.",
            "Su nombre no figura en la nota verbal recibida de su misión permanente.",
        ],
    );
    registration_declined::RegistrationDeclined {
        name: name(lang),
        event: event(lang),
        reason: Some(reason.to_owned()),
    }
}

/// A cancelled registration.
pub(crate) fn registration_cancelled(lang: Lang) -> registration_cancelled::RegistrationCancelled {
    registration_cancelled::RegistrationCancelled { name: name(lang), event: event(lang) }
}

/// A change notice with a moved session and a new room.
pub(crate) fn schedule_changed(lang: Lang) -> schedule_changed::ScheduleChanged {
    let moved = say(
        lang,
        [
            "نُقلت الجلسة العامة الافتتاحية: 10 مارس 2026 09:00–10:00 ← 10 مارس 2026 09:30–10:30 القاعة 2",
            "开幕全体会议时间变更：2026年3月10日 09:00–10:00 → 2026年3月10日 09:30–10:30 2号会议室",
            "Opening plenary moved: 10 March 2026 09:00–10:00 → 10 March 2026 09:30–10:30 Room 2",
            "Séance d'ouverture déplacée : 10 mars 2026 09:00–10:00 → 10 mars 2026 09:30–10:30 Salle 2",
            "Пленарное заседание открытия перенесено: 10 марта 2026\u{202f}г. 09:00–10:00 → 10 марта 2026\u{202f}г. \
             09:30–10:30, зал 2",
            "Sesión plenaria de apertura trasladada: 10 de marzo de 2026 09:00–10:00 → 10 de marzo de 2026 \
             09:30–10:30 Sala 2",
        ],
    );
    let added = say(
        lang,
        [
            "جلسة جديدة: زيارة ميدانية إلى المركز الحدودي، 12 مارس 2026 14:00–17:00",
            "新增会议：实地考察边境哨所，2026年3月12日 14:00–17:00",
            "New session: Field visit to the border post, 12 March 2026 14:00–17:00",
            "Nouvelle séance : Visite du poste-frontière, 12 mars 2026 14:00–17:00",
            "Новое заседание: выезд на пограничный пункт, 12 марта 2026\u{202f}г. 14:00–17:00",
            "Nueva sesión: visita sobre el terreno al puesto fronterizo, 12 de marzo de 2026 14:00–17:00",
        ],
    );
    let changes = vec![moved.to_owned(), added.to_owned()];
    schedule_changed::ScheduleChanged { name: name(lang), event: event(lang), changes, cancelled: false }
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
            reason: say(
                lang,
                [
                    "لا تتمتع المنظمة بمركز استشاري لدى المجلس الاقتصادي والاجتماعي ولا صلة لها بالاتفاقية.",
                    "该组织没有经社理事会咨商地位，与《公约》也无关联。",
                    "No ECOSOC status and no link to the Convention.",
                    "Pas de statut auprès de l’ECOSOC ni de lien avec la Convention.",
                    "Нет статуса при ЭКОСОС и нет связи с Конвенцией.",
                    "No tiene carácter consultivo ante el ECOSOC ni vínculo con la Convención.",
                ],
            )
            .to_owned(),
        },
    }
}

/// A reminder a week before the event.
pub(crate) fn event_reminder(lang: Lang) -> event_reminder::EventReminder {
    event_reminder::EventReminder { name: name(lang), event: event(lang), days_before: 7 }
}

/// A certificate after a five-day course attended four days.
pub(crate) fn certificate_issued(lang: Lang) -> certificate_issued::CertificateIssued {
    certificate_issued::CertificateIssued {
        name: name(lang),
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

/// A donor's name in `lang`.
pub(crate) fn donor(lang: Lang) -> &'static str {
    say(lang, ["النرويج", "挪威", "Norway", "Norvège", "Норвегия", "Noruega"])
}

/// A side event's title in `lang`.
fn side_event_title(lang: Lang) -> String {
    say(
        lang,
        [
            "عالمية الاتفاقية: وجهات نظر إقليمية",
            "《公约》的普遍加入：区域视角",
            "Universalization of the Convention: regional perspectives",
            "Universalisation de la Convention : perspectives régionales",
            "Универсализация Конвенции: региональные перспективы",
            "Universalización de la Convención: perspectivas regionales",
        ],
    )
    .to_owned()
}

/// A request for a side event, to confirm.
pub(crate) fn side_event_request(lang: Lang) -> side_event_request::SideEventRequest {
    side_event_request::SideEventRequest {
        name: name(lang),
        title: side_event_title(lang),
        event: event(lang),
        confirm_url: "https://convene.example.org/side-events/confirm/sev_Zx81Kd".to_owned(),
    }
}

/// A side event approved in a room.
pub(crate) fn side_event_approved(lang: Lang) -> side_event_decision::SideEventDecision {
    side_event_decision::SideEventDecision {
        name: name(lang),
        title: side_event_title(lang),
        event: event(lang),
        decision: side_event_decision::Decision::Approved {
            room: "Room XXIV".to_owned(),
            when: say(
                lang,
                [
                    "10 مارس 2026، 13:15–14:45",
                    "2026年3月10日 13:15–14:45",
                    "10 March 2026, 13:15–14:45",
                    "10 mars 2026, 13 h 15–14 h 45",
                    "10 марта 2026 г., 13:15–14:45",
                    "10 de marzo de 2026, 13:15–14:45",
                ],
            )
            .to_owned(),
            programme_url: "https://convene.example.org/events/17/side-events".to_owned(),
        },
    }
}

/// A side event declined.
pub(crate) fn side_event_declined(lang: Lang) -> side_event_decision::SideEventDecision {
    let reason = say(
        lang,
        [
            "جميع القاعات مشغولة وقت الغداء خلال الاجتماع.",
            "会议期间午餐时段所有会议室均已占用。",
            "Every room is taken at lunchtime during the meeting.",
            "Toutes les salles sont occupées à l'heure du déjeuner pendant la réunion.",
            "Во время совещания в обеденное время все залы заняты.",
            "Todas las salas están ocupadas a la hora del almuerzo durante la reunión.",
        ],
    );
    side_event_decision::SideEventDecision {
        name: name(lang),
        title: side_event_title(lang),
        event: event(lang),
        decision: side_event_decision::Decision::Declined { reason: reason.to_owned() },
    }
}
