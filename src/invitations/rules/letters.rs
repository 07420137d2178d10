//! The invitation and nomination emails, in the invitee's language.

use chrono::{DateTime, Utc};

use super::common::{event_tz, person_name};
use crate::Office;
use crate::domain::TimeZone;
use crate::entities::{delegation, event, invitation, person};
use crate::error::Result;
use crate::i18n::format;
use crate::i18n::{Lang, Tr};
use crate::mail::outbox::Outgoing;
use crate::participants::names::state_name;

/// Renders the emails of one event: its summary is worked out once per language.
pub(crate) struct Letters<'a> {
    event: &'a event::Model,
    office: &'a Office,
    tz: TimeZone,
    summaries: [Option<emails::EventSummary>; Lang::ALL.len()],
}

impl<'a> Letters<'a> {
    /// The letters of `event`.
    pub(crate) fn new(event: &'a event::Model, office: &'a Office) -> Result<Self> {
        Ok(Self { event, office, tz: event_tz(event)?, summaries: Default::default() })
    }

    fn summary(&mut self, lang: Lang) -> emails::EventSummary {
        let slot = &mut self.summaries[Lang::ALL.iter().position(|l| *l == lang).unwrap_or_default()];
        slot.get_or_insert_with(|| {
            crate::mail::event_summary(self.event, &self.office.reference, lang, &self.office.links.base)
        })
        .clone()
    }

    fn respond_by(&self, lang: Lang, expires_at: DateTime<Utc>) -> String {
        format::date(Tr(lang), expires_at.with_timezone(&self.tz.0).date_naive())
    }

    /// The personal invitation of `person`, linking to `/i/{token}`.
    pub(crate) fn invitation(&mut self, inv: &invitation::Model, person: &person::Model, token: &str) -> Outgoing {
        let lang = crate::mail::ui_lang(&inv.language);
        let role = inv.role;
        let name = person_name(person);
        let ctx = emails::invitation::Invitation {
            recipient_name: name.clone(),
            event: self.summary(lang),
            role: role.for_email(),
            register_url: format!("{}/i/{token}", self.office.links.base),
            respond_by: Some(self.respond_by(lang, inv.expires_at)),
            custom_paragraph: self.event.email_paragraph.clone(),
        };
        Outgoing {
            to_address: person.email.clone(),
            to_name: name,
            email: emails::invitation::render(&ctx, lang),
            invitation_id: Some(inv.id),
            registration_id: None,
        }
    }

    /// The request for nominations to a State's focal point, linking to `/n/{token}`.
    pub(crate) fn nomination_request(
        &mut self,
        inv: &invitation::Model,
        focal_point: &person::Model,
        delegation: &delegation::Model,
        token: &str,
    ) -> Outgoing {
        let lang = crate::mail::ui_lang(&inv.language);
        let name = person_name(focal_point);
        let ctx = emails::nomination_request::NominationRequest {
            focal_point_name: name.clone(),
            country_name: state_name(&self.office.reference, &delegation.country_iso3, lang),
            event: self.summary(lang),
            seats: u32::try_from(delegation.seat_quota).unwrap_or(1),
            nomination_url: format!("{}/n/{token}", self.office.links.base),
            respond_by: Some(self.respond_by(lang, inv.expires_at)),
            custom_paragraph: self.event.email_paragraph.clone(),
        };
        Outgoing {
            to_address: focal_point.email.clone(),
            to_name: name,
            email: emails::nomination_request::render(&ctx, lang),
            invitation_id: Some(inv.id),
            registration_id: None,
        }
    }
}
