//! sea-orm entities, one file per table, no behaviour.

pub mod api_token;
pub mod attendance_scan;
pub mod audit_entry;
pub mod country;
pub mod delegation;
pub mod document;
pub mod email_verification;
pub mod event;
pub mod event_reminder;
pub mod event_session;
pub mod invitation;
pub mod invitation_follow_up;
pub mod job_run;
pub mod organisation_type;
pub mod outbox_message;
pub mod person;
pub mod programme;
pub mod regional_group;
pub mod registration;
pub mod series;
pub mod sign_in_attempt;
pub mod sign_in_token;
pub mod staff_session;
pub mod unit;
pub mod user;
pub mod user_programme;
