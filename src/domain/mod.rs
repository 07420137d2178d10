//! Parsed value types. Input is parsed here once, at the edge; rules accept only these types
//! and never re-check. One type per file, its tests beside it.

#[macro_use]
mod code_enum;

mod capacity;
mod country_code;
mod date_precision;
mod dates;
mod email;
mod event_kind;
mod event_status;
mod form;
mod gender;
mod invitation_kind;
mod invitation_state;
mod language;
mod outbox_state;
mod page_number;
mod participant_role;
mod password;
mod person_name;
mod reference_code;
mod registration_mode;
mod registration_state;
mod role;
mod scan_direction;
mod scan_method;
mod session_kind;
mod time_range;
mod time_zone;
mod webhook;

pub use capacity::Capacity;
pub use code_enum::UnknownCode;
pub use country_code::CountryCode;
pub use date_precision::DatePrecision;
pub use dates::{last_day_of_month, parse_date, parse_local_datetime, parse_month, parse_time};
pub use email::Email;
pub use event_kind::EventKind;
pub use event_status::EventStatus;
pub use form::{checkbox, filters_query, long_text, optional_text, parse_field, required_text};
pub use gender::Gender;
pub use invitation_kind::InvitationKind;
pub use invitation_state::InvitationState;
pub use language::{Language, languages_from_stored, languages_to_stored};
pub use outbox_state::OutboxState;
pub use page_number::{MAX_PAGE, parse_page};
pub use participant_role::ParticipantRole;
pub use password::NewPassword;
pub use person_name::PersonName;
pub use reference_code::parse_code;
pub use registration_mode::RegistrationMode;
pub use registration_state::RegistrationState;
pub use role::Role;
pub use scan_direction::ScanDirection;
pub use scan_method::ScanMethod;
pub use session_kind::SessionKind;
pub use time_range::TimeRange;
pub use time_zone::TimeZone;
pub use webhook::{WebhookDeliveryState, WebhookKind};
