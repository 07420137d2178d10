//! Convene's email messages: a typed context in, a subject, a plain-text body and an HTML body out,
//! in any [`Lang`](locale::Lang) of the catalogue.
//!
//! Every word comes from the Fluent catalogue the pages use too (`locales/<code>/emails.ftl`,
//! through the `locale` crate's [`Tr`](locale::Tr)); the code here only composes.
//!
//! One module per message; each has a context struct and `render(&ctx, lang) -> Email`:
//! - [`invitation`]: a personal invitation, with a link to register or decline.
//! - [`nomination_request`]: asks a State's focal point to nominate participants and the head of delegation.
//! - [`registration_received`]: the registration is pending accreditation by the secretariat.
//! - [`registration_confirmed`]: the secretariat approved the registration.
//! - [`registration_waitlisted`]: the event is full; the registration is on the waiting list.
//! - [`seat_offered`]: a place freed up; accept it before the deadline.
//! - [`registration_declined`]: the secretariat could not accept the registration.
//! - [`registration_cancelled`]: confirms a cancellation.
//! - [`schedule_changed`]: the event's dates, venue or schedule changed, or it was cancelled.
//! - [`email_verification`]: confirm an email address to continue an open registration.
//! - [`event_reminder`]: the event a participant is confirmed for starts in a few days.
//! - [`certificate_issued`]: a certificate of attendance is ready to download.
//! - [`donor_sign_in`]: a donor contact's one-time link to the donor portal.
//! - [`donor_report`]: a donor contact's quarterly report is ready.
//! - [`side_event_request`]: confirm a request for a side event of a meeting.
//! - [`side_event_decision`]: a side event approved (room, time, programme) or declined (reason).
//! - [`ngo_application`]: an NGO's application for accreditation: confirm the address, accredited, declined.
//!
//! Private helpers: `message` composes the text and HTML bodies together, so both always say the same
//! thing; `layout` holds the HTML frame and components. All HTML is written with maud, which escapes
//! every value spliced into it, so user text (names, titles, the organiser's paragraph) needs no care here.

pub mod certificate_issued;
pub mod donor_report;
pub mod donor_sign_in;
pub mod email_verification;
pub mod event_reminder;
pub mod invitation;
mod layout;
mod message;
pub mod ngo_application;
pub mod nomination_request;
pub mod registration_cancelled;
pub mod registration_confirmed;
pub mod registration_declined;
pub mod registration_received;
pub mod registration_waitlisted;
pub mod schedule_changed;
pub mod seat_offered;
pub mod side_event_decision;
pub mod side_event_request;

#[cfg(test)]
mod samples;

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body, a complete document.
    pub html: String,
}

/// What every message says about the event (strings already formatted in the recipient's language by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSummary {
    /// Title of the event.
    pub title: String,
    /// Dates, e.g. "10–12 March 2026".
    pub dates: String,
    /// Venue, e.g. "Palais des Nations, Geneva".
    pub place: String,
    /// Absolute URL of the event's public page.
    pub url: String,
}

/// Roles a person can have at an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Member of a delegation.
    Delegate,
    /// Head of a delegation.
    HeadOfDelegation,
    /// Observer, without a vote.
    Observer,
    /// Expert or resource person.
    Expert,
    /// Trainer of a course or workshop.
    Trainer,
    /// Trainee of a course or workshop.
    Trainee,
    /// Secretariat staff.
    Staff,
}

impl Role {
    /// The role's variant in the catalogue's selectors (`{ $role -> [delegate] … }`).
    pub(crate) fn id(self) -> &'static str {
        match self {
            Role::Delegate => "delegate",
            Role::HeadOfDelegation => "head_of_delegation",
            Role::Observer => "observer",
            Role::Expert => "expert",
            Role::Trainer => "trainer",
            Role::Trainee => "trainee",
            Role::Staff => "staff",
        }
    }
}

/// Stable RFC 5322 Message-ID for the outbox row `row_id`, e.g. `<convene.outbox.42@example.org>`.
///
/// The same row always gets the same id, so a resend after a crash is recognisable as a duplicate.
pub fn message_id(row_id: i64, domain: &str) -> String {
    format!("<convene.outbox.{row_id}@{domain}>")
}

#[cfg(test)]
mod tests {
    use locale::{Lang, Tr};

    use super::*;
    use crate::samples;

    /// Every message in every language, with the URL it must show and its event title.
    fn every_message() -> Vec<(&'static str, Lang, Email, String, String)> {
        let mut all = Vec::new();
        for lang in Lang::ALL {
            for (name, email, url, title) in samples::render_all(lang) {
                all.push((name, lang, email, url, title));
            }
        }
        all
    }

    #[test]
    fn every_text_body_has_its_link_on_a_line_of_its_own() {
        for (name, lang, email, url, _) in every_message() {
            assert!(email.text.lines().any(|line| line == url), "{name} ({lang:?}) text lacks {url}");
        }
    }

    #[test]
    fn every_html_body_shows_its_link_in_full_and_links_to_it() {
        for (name, lang, email, url, _) in every_message() {
            assert!(email.html.contains(&format!("href=\"{url}\"")), "{name} ({lang:?}) HTML does not link {url}");
            assert!(email.html.contains(&format!(">{url}</a>")), "{name} ({lang:?}) HTML does not show {url}");
        }
    }

    #[test]
    fn every_subject_has_the_event_title() {
        for (name, lang, email, _, title) in every_message() {
            assert!(email.subject.contains(&title), "{name} ({lang:?}) subject: {}", email.subject);
        }
    }

    #[test]
    fn every_body_has_the_event_block() {
        let event = samples::event(Lang::En);
        for (name, lang, email, _, _) in every_message().into_iter().filter(|m| m.1 == Lang::En) {
            for part in [&event.title, &event.dates, &event.place, &event.url] {
                assert!(email.text.contains(part.as_str()), "{name} ({lang:?}) text lacks {part}");
                assert!(email.html.contains(part.as_str()), "{name} ({lang:?}) HTML lacks {part}");
            }
        }
    }

    #[test]
    fn html_loads_nothing_from_elsewhere() {
        for (name, lang, email, _, _) in every_message() {
            for needle in ["<img", "<link", "<script", "@import", "url(", " src="] {
                assert!(!email.html.contains(needle), "{name} ({lang:?}) HTML has {needle}");
            }
        }
    }

    #[test]
    fn html_is_declared_in_the_language_of_the_message() {
        for (name, lang, email, _, _) in every_message() {
            let dir = if lang.dir() == "rtl" { " dir=\"rtl\"" } else { "" };
            let tag = format!("<html lang=\"{}\"{dir}>", lang.code());
            assert!(email.html.starts_with(&format!("<!DOCTYPE html>{tag}")), "{name} ({lang:?})");
        }
    }

    #[test]
    fn right_to_left_messages_set_their_rules_on_the_right() {
        for (name, lang, email, _, _) in every_message() {
            let (start, end) =
                if lang.dir() == "rtl" { ("border-right", "border-left") } else { ("border-left", "border-right") };
            assert!(!email.html.contains(end), "{name} ({lang:?}) has a rule on the wrong side");
            if email.html.contains("background-color:#eef4fb") {
                assert!(email.html.contains(start), "{name} ({lang:?}) marks its event box on the {start}");
            }
        }
    }

    #[test]
    fn no_message_leaves_a_placeholder_or_blank_line_run() {
        for (name, lang, email, _, _) in every_message() {
            for body in [&email.subject, &email.text] {
                assert!(!body.contains('{') && !body.contains('}'), "{name} ({lang:?}): {body}");
                assert!(!body.contains("\n\n\n"), "{name} ({lang:?}) has a run of blank lines");
            }
            assert!(email.text.ends_with('\n') && !email.text.ends_with("\n\n"), "{name} ({lang:?})");
        }
    }

    #[test]
    fn user_text_is_escaped_in_html_and_verbatim_in_text() {
        let hostile = "<script>alert(\"x\")</script> & co";
        let mut event = samples::event(Lang::En);
        event.title = hostile.to_owned();
        let ctx = invitation::Invitation {
            recipient_name: hostile.to_owned(),
            event,
            custom_paragraph: Some(hostile.to_owned()),
            ..samples::invitation(Lang::En)
        };
        let email = invitation::render(&ctx, Lang::En);

        assert!(!email.html.contains("<script>"));
        assert!(email.html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"));
        // The name, the title and the paragraph: all three escaped.
        assert_eq!(email.html.matches("&lt;script&gt;").count(), 3);
        assert_eq!(email.text.matches(hostile).count(), 3);
        assert!(email.subject.contains(hostile));
    }

    #[test]
    fn custom_paragraph_keeps_its_line_breaks() {
        let ctx = invitation::Invitation {
            custom_paragraph: Some("First line.\nSecond line.".to_owned()),
            ..samples::invitation(Lang::En)
        };
        let email = invitation::render(&ctx, Lang::En);
        assert!(email.text.contains("\nFirst line.\nSecond line.\n"));
        assert!(email.html.contains("white-space:pre-line"));
    }

    #[test]
    fn optional_parts_are_left_out_when_absent() {
        let ctx = invitation::Invitation { respond_by: None, custom_paragraph: None, ..samples::invitation(Lang::En) };
        let email = invitation::render(&ctx, Lang::En);
        assert!(!email.text.contains("Deadline for reply"));
        assert!(!email.html.contains("pre-line"));

        let ctx =
            registration_declined::RegistrationDeclined { reason: None, ..samples::registration_declined(Lang::Fr) };
        assert!(!registration_declined::render(&ctx, Lang::Fr).text.contains("Motif"));
    }

    #[test]
    fn message_id_is_stable_and_bracketed() {
        assert_eq!(message_id(42, "example.org"), "<convene.outbox.42@example.org>");
        assert_eq!(message_id(42, "example.org"), message_id(42, "example.org"));
        assert_ne!(message_id(42, "example.org"), message_id(43, "example.org"));
    }

    #[test]
    fn every_role_reads_in_each_language() {
        let roles = [
            Role::Delegate,
            Role::HeadOfDelegation,
            Role::Observer,
            Role::Expert,
            Role::Trainer,
            Role::Trainee,
            Role::Staff,
        ];
        for lang in Lang::ALL {
            // A role missing from a language's selector would read as its default (staff).
            let intros: std::collections::BTreeSet<String> =
                roles.iter().map(|role| Tr(lang).ta("email-invitation-intro", &[("role", role.id())])).collect();
            assert_eq!(intros.len(), roles.len(), "{lang:?}: {intros:#?}");
        }
    }
}
