//! Convene's schema, one change per file, portable between SQLite and PostgreSQL.
//!
//! Every migration has a working `down()`; CI runs up → down → up on both databases.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_create_regional_groups;
mod m20261127_000002_create_countries;
mod m20261127_000003_create_organisation_types;
mod m20261127_000004_create_programmes;
mod m20261127_000005_create_units;
mod m20261127_000006_create_users;
mod m20261127_000007_create_user_programmes;
mod m20261127_000008_create_staff_sessions;
mod m20261127_000009_create_sign_in_tokens;
mod m20261127_000010_create_api_tokens;
mod m20261127_000011_create_sign_in_attempts;
mod m20261127_000012_create_series;
mod m20261127_000013_create_events;
mod m20261127_000014_create_event_sessions;
mod m20261127_000015_create_audit_log;
mod m20261127_000016_create_people;
mod m20261127_000017_add_events_seats_taken;
mod m20261127_000018_add_events_email_paragraph;
mod m20261127_000019_create_delegations;
mod m20261127_000020_create_documents;
mod m20261127_000021_create_invitations;
mod m20261127_000022_create_registrations;
mod m20261127_000023_create_email_verifications;
mod m20261127_000024_create_outbox;
mod m20261127_000025_add_invitations_position;
mod m20261127_000026_add_outbox_calendar_attachment;
mod m20261127_000027_create_calendar_feeds;
mod m20261127_000028_create_schedule_notices;
mod m20261127_000030_create_job_runs;
mod m20261127_000031_add_events_reminders_enabled;
mod m20261127_000032_create_event_reminders;
mod m20261127_000033_create_invitation_follow_ups;
mod m20261127_000040_create_attendance_scans;
mod m20261127_000041_add_registrations_checkin_version;
mod m20261127_000042_add_users_checkin_event;
mod m20261127_000045_create_participant_lists;
mod m20261127_000046_create_certificates;
mod m20261128_000050_add_attendance_scans_undoes_index;
mod m20261128_000051_add_events_series_index;
mod m20261128_000052_add_events_unit_index;
mod m20261128_000053_create_attendance_days;
mod m20261128_000054_create_event_figures;
mod m20261128_000060_create_donors;
mod m20261128_000061_create_donor_contacts;
mod m20261128_000062_create_contributions;
mod m20261128_000063_create_allocations;
mod m20261128_000064_create_event_budget_lines;
mod m20261128_000065_create_donor_sign_in_tokens;
mod m20261128_000066_create_donor_sessions;
mod m20261128_000067_create_donor_report_notices;
mod m20261128_000068_outbox_bodies_lz4;
mod m20261128_000069_hot_rows_room;
mod m20261128_000070_attendance_scans_by_registration_day;
mod m20261128_000071_outbox_pending_index;
mod m20261129_000072_outbox_pending_index_on_sqlite;
mod m20261206_000073_add_outbox_calendar_method;
mod m20261210_000080_add_events_retention_months;
mod m20261212_000090_add_events_original_language;
mod m20261212_000091_add_events_translations;
mod m20261212_000092_add_event_sessions_title_translations;
mod m20261212_000100_add_registrations_notice_version;
mod m20261212_000101_add_registrations_notice_accepted_at;
mod m20261212_000110_add_audit_log_address;
mod m20261212_000111_add_api_tokens_scopes;
mod m20261212_000112_add_api_tokens_expires_at;
mod m20261212_000113_add_staff_sessions_last_seen_at;
mod m20261212_000114_add_staff_sessions_user_agent;
mod m20261212_000115_add_staff_sessions_address;
mod m20261212_000120_create_sso_requests;
mod m20261212_000121_add_sign_in_tokens_break_glass;
mod m20261212_000130_create_webhook_endpoints;
mod m20261212_000131_create_webhook_deliveries;
mod m20261212_000140_create_agenda_items;
mod m20261212_000141_create_speaker_inscriptions;
mod m20261212_000142_create_session_agenda_items;
mod m20261212_000145_create_stored_files;
mod m20261212_000150_create_credentials;
mod m20261212_000160_create_official_documents;
mod m20261212_000161_create_official_document_versions;
mod m20261212_000162_create_statements;
mod m20261212_000170_create_side_events;
mod m20261212_000180_add_events_admits_ngos;
mod m20261212_000181_create_ngo_applications;
mod m20261212_000182_create_ngo_representatives;
mod m20261212_000190_add_event_sessions_remote_url;
mod m20261212_000191_add_events_remote_attendance;
mod m20261212_000192_add_registrations_attendance_mode;
mod m20261212_000200_create_two_factor_secrets;
mod m20261212_000201_create_two_factor_recovery_codes;
mod m20261212_000202_create_pending_sign_ins;

/// The ordered list of Convene's migrations.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_create_regional_groups::Migration),
            Box::new(m20261127_000002_create_countries::Migration),
            Box::new(m20261127_000003_create_organisation_types::Migration),
            Box::new(m20261127_000004_create_programmes::Migration),
            Box::new(m20261127_000005_create_units::Migration),
            Box::new(m20261127_000006_create_users::Migration),
            Box::new(m20261127_000007_create_user_programmes::Migration),
            Box::new(m20261127_000008_create_staff_sessions::Migration),
            Box::new(m20261127_000009_create_sign_in_tokens::Migration),
            Box::new(m20261127_000010_create_api_tokens::Migration),
            Box::new(m20261127_000011_create_sign_in_attempts::Migration),
            Box::new(m20261127_000012_create_series::Migration),
            Box::new(m20261127_000013_create_events::Migration),
            Box::new(m20261127_000014_create_event_sessions::Migration),
            Box::new(m20261127_000015_create_audit_log::Migration),
            Box::new(m20261127_000016_create_people::Migration),
            Box::new(m20261127_000017_add_events_seats_taken::Migration),
            Box::new(m20261127_000018_add_events_email_paragraph::Migration),
            Box::new(m20261127_000019_create_delegations::Migration),
            Box::new(m20261127_000020_create_documents::Migration),
            Box::new(m20261127_000021_create_invitations::Migration),
            Box::new(m20261127_000022_create_registrations::Migration),
            Box::new(m20261127_000023_create_email_verifications::Migration),
            Box::new(m20261127_000024_create_outbox::Migration),
            Box::new(m20261127_000025_add_invitations_position::Migration),
            Box::new(m20261127_000026_add_outbox_calendar_attachment::Migration),
            Box::new(m20261127_000027_create_calendar_feeds::Migration),
            Box::new(m20261127_000028_create_schedule_notices::Migration),
            Box::new(m20261127_000030_create_job_runs::Migration),
            Box::new(m20261127_000031_add_events_reminders_enabled::Migration),
            Box::new(m20261127_000032_create_event_reminders::Migration),
            Box::new(m20261127_000033_create_invitation_follow_ups::Migration),
            Box::new(m20261127_000040_create_attendance_scans::Migration),
            Box::new(m20261127_000041_add_registrations_checkin_version::Migration),
            Box::new(m20261127_000042_add_users_checkin_event::Migration),
            Box::new(m20261127_000045_create_participant_lists::Migration),
            Box::new(m20261127_000046_create_certificates::Migration),
            Box::new(m20261128_000050_add_attendance_scans_undoes_index::Migration),
            Box::new(m20261128_000051_add_events_series_index::Migration),
            Box::new(m20261128_000052_add_events_unit_index::Migration),
            Box::new(m20261128_000053_create_attendance_days::Migration),
            Box::new(m20261128_000054_create_event_figures::Migration),
            Box::new(m20261128_000060_create_donors::Migration),
            Box::new(m20261128_000061_create_donor_contacts::Migration),
            Box::new(m20261128_000062_create_contributions::Migration),
            Box::new(m20261128_000063_create_allocations::Migration),
            Box::new(m20261128_000064_create_event_budget_lines::Migration),
            Box::new(m20261128_000065_create_donor_sign_in_tokens::Migration),
            Box::new(m20261128_000066_create_donor_sessions::Migration),
            Box::new(m20261128_000067_create_donor_report_notices::Migration),
            Box::new(m20261128_000068_outbox_bodies_lz4::Migration),
            Box::new(m20261128_000069_hot_rows_room::Migration),
            Box::new(m20261128_000070_attendance_scans_by_registration_day::Migration),
            Box::new(m20261128_000071_outbox_pending_index::Migration),
            Box::new(m20261129_000072_outbox_pending_index_on_sqlite::Migration),
            Box::new(m20261206_000073_add_outbox_calendar_method::Migration),
            Box::new(m20261210_000080_add_events_retention_months::Migration),
            Box::new(m20261212_000090_add_events_original_language::Migration),
            Box::new(m20261212_000091_add_events_translations::Migration),
            Box::new(m20261212_000092_add_event_sessions_title_translations::Migration),
            Box::new(m20261212_000100_add_registrations_notice_version::Migration),
            Box::new(m20261212_000101_add_registrations_notice_accepted_at::Migration),
            Box::new(m20261212_000110_add_audit_log_address::Migration),
            Box::new(m20261212_000111_add_api_tokens_scopes::Migration),
            Box::new(m20261212_000112_add_api_tokens_expires_at::Migration),
            Box::new(m20261212_000113_add_staff_sessions_last_seen_at::Migration),
            Box::new(m20261212_000114_add_staff_sessions_user_agent::Migration),
            Box::new(m20261212_000115_add_staff_sessions_address::Migration),
            Box::new(m20261212_000120_create_sso_requests::Migration),
            Box::new(m20261212_000121_add_sign_in_tokens_break_glass::Migration),
            Box::new(m20261212_000130_create_webhook_endpoints::Migration),
            Box::new(m20261212_000131_create_webhook_deliveries::Migration),
            Box::new(m20261212_000140_create_agenda_items::Migration),
            Box::new(m20261212_000141_create_speaker_inscriptions::Migration),
            Box::new(m20261212_000142_create_session_agenda_items::Migration),
            Box::new(m20261212_000145_create_stored_files::Migration),
            Box::new(m20261212_000150_create_credentials::Migration),
            Box::new(m20261212_000160_create_official_documents::Migration),
            Box::new(m20261212_000161_create_official_document_versions::Migration),
            Box::new(m20261212_000162_create_statements::Migration),
            Box::new(m20261212_000170_create_side_events::Migration),
            Box::new(m20261212_000180_add_events_admits_ngos::Migration),
            Box::new(m20261212_000181_create_ngo_applications::Migration),
            Box::new(m20261212_000182_create_ngo_representatives::Migration),
            Box::new(m20261212_000190_add_event_sessions_remote_url::Migration),
            Box::new(m20261212_000191_add_events_remote_attendance::Migration),
            Box::new(m20261212_000192_add_registrations_attendance_mode::Migration),
            Box::new(m20261212_000200_create_two_factor_secrets::Migration),
            Box::new(m20261212_000201_create_two_factor_recovery_codes::Migration),
            Box::new(m20261212_000202_create_pending_sign_ins::Migration),
        ]
    }
}
