//! The data set of the reports' tests (described in the module above) and its builder.

use chrono::{TimeZone, Utc};
use convene::domain::{
    DatePrecision, EventKind, InvitationKind, ParticipantRole, RegistrationMode, ScanMethod, SessionKind,
};
use convene::entities::{attendance_scan, certificate, event, event_session, invitation, person, registration, series};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

use super::day;
use crate::helpers::TestApp;

/// The ids of the data set.
pub(super) struct Data {
    pub(super) a: i32,
    pub(super) b: i32,
    pub(super) c: i32,
    pub(super) d: i32,
    pub(super) p: i32,
    pub(super) session: i32,
}

pub(super) struct Builder<'a> {
    pub(super) db: &'a DatabaseConnection,
    /// Numbers of the people and keys made so far (unique emails and keys).
    pub(super) n: u32,
}

impl Builder<'_> {
    pub(super) async fn event(
        &mut self,
        title: &str,
        programme: &str,
        series_id: Option<i32>,
        start: &str,
        end: &str,
        status: &str,
    ) -> i32 {
        let now = Utc::now();
        event::ActiveModel {
            title: Set(title.into()),
            kind: Set(EventKind::Workshop),
            status: Set(status.parse().unwrap()),
            programme_code: Set(programme.into()),
            unit_code: Set("UNREC".into()),
            series_id: Set(series_id),
            city: Set(title.into()),
            time_zone: Set("UTC".into()),
            start_date: Set(day(start)),
            end_date: Set(day(end)),
            date_precision: Set(DatePrecision::Day),
            registration_mode: Set(RegistrationMode::Invitation),
            approval_required: Set(false),
            languages: Set("en".into()),
            description: Set(String::new()),
            revision: Set(1),
            seats_taken: Set(0),
            reminders_enabled: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(self.db)
        .await
        .unwrap()
        .id
    }

    pub(super) async fn person(&mut self) -> i32 {
        self.n += 1;
        let now = Utc::now();
        person::ActiveModel {
            email: Set(format!("p{}@example.org", self.n)),
            given_name: Set(format!("Given{}", self.n)),
            family_name: Set(format!("Family{}", self.n)),
            language: Set("en".into()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(self.db)
        .await
        .unwrap()
        .id
    }

    /// A registration; returns (registration id, person id).
    pub(super) async fn register(
        &mut self,
        event_id: i32,
        country: Option<&str>,
        gender: &str,
        org_type: &str,
        role: &str,
        state: &str,
    ) -> (i32, i32) {
        let person_id = self.person().await;
        let now = Utc::now();
        let id = registration::ActiveModel {
            event_id: Set(event_id),
            person_id: Set(person_id),
            role: Set(role.parse().unwrap()),
            state: Set(state.parse().unwrap()),
            holds_seat: Set(state == "confirmed" || state == "pending"),
            given_name: Set(format!("Given{}", self.n)),
            family_name: Set(format!("Family{}", self.n)),
            gender: Set(gender.parse().unwrap()),
            country_iso3: Set(country.map(str::to_owned)),
            organisation_type: Set(Some(org_type.into())),
            visa_letter: Set(false),
            consent_at: Set(now),
            manage_token_hash: Set(format!("hash-{}", self.n)),
            language: Set("en".into()),
            created_at: Set(now),
            updated_at: Set(now),
            checkin_version: Set(1),
            ..Default::default()
        }
        .insert(self.db)
        .await
        .unwrap()
        .id;
        (id, person_id)
    }

    pub(super) async fn scan(
        &mut self,
        r: (i32, i32),
        event_id: i32,
        on: &str,
        direction: &str,
        session: Option<i32>,
        undoes: Option<i32>,
    ) -> i32 {
        self.n += 1;
        let at = Utc.from_utc_datetime(&day(on).and_hms_opt(9, 0, 0).unwrap());
        convene::attendance::rules::record_scan(
            self.db,
            attendance_scan::ActiveModel {
                registration_id: Set(r.0),
                event_id: Set(event_id),
                day: Set(day(on)),
                session_id: Set(session),
                direction: Set(direction.parse().unwrap()),
                undoes: Set(undoes),
                scanned_at: Set(at),
                recorded_at: Set(at),
                method: Set(ScanMethod::Qr),
                idempotency_key: Set(format!("key-{}", self.n)),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .id
    }

    pub(super) async fn certificate(&mut self, r: (i32, i32), event_id: i32, revoked: bool) {
        self.n += 1;
        let now = Utc::now();
        certificate::ActiveModel {
            event_id: Set(event_id),
            registration_id: Set(r.0),
            verification_code: Set(format!("code-{}", self.n)),
            days_attended: Set(1),
            days_total: Set(2),
            issued_at: Set(now),
            revoked_at: Set(revoked.then_some(now)),
            ..Default::default()
        }
        .insert(self.db)
        .await
        .unwrap();
    }

    pub(super) async fn invitation(&mut self, event_id: i32, person_id: i32, state: &str) {
        self.n += 1;
        let now = Utc::now();
        invitation::ActiveModel {
            event_id: Set(event_id),
            person_id: Set(person_id),
            kind: Set(InvitationKind::Personal),
            role: Set(ParticipantRole::Delegate),
            state: Set(state.parse().unwrap()),
            token_hash: Set(format!("inv-{}", self.n)),
            expires_at: Set(now),
            language: Set("en".into()),
            reminders_sent: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(self.db)
        .await
        .unwrap();
    }
}

/// Builds the data set of the module's documentation.
pub(super) async fn data_set(app: &TestApp) -> Data {
    let db = &app.state.db.write;
    let mut b = Builder { db, n: 0 };
    let s = series::ActiveModel {
        code: Set("1540-WS".into()),
        title: Set("1540 regional workshops".into()),
        programme_code: Set("1540".into()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id;
    let a = b.event("Kingston", "1540", Some(s), "2007-05-10", "2007-05-11", "published").await;
    let bb = b.event("Amman", "1540", Some(s), "2007-09-03", "2007-09-04", "published").await;
    let c = b.event("Gaborone", "1540", None, "2007-11-27", "2007-11-28", "published").await;
    let d = b.event("Beijing", "1540", None, "2008-03-01", "2008-03-01", "published").await;
    let x = b.event("Cancelled", "1540", Some(s), "2007-06-01", "2007-06-01", "cancelled").await;
    let p = b.event("Accra", "SALW", None, "2007-06-01", "2007-06-01", "published").await;
    let now = Utc::now();
    let session = event_session::ActiveModel {
        event_id: Set(a),
        title: Set("Opening plenary".into()),
        kind: Set(SessionKind::Plenary),
        starts_at: Set(now),
        ends_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id;

    let a1 = b.register(a, Some("JAM"), "woman", "government", "delegate", "confirmed").await;
    let a2 = b.register(a, Some("JAM"), "man", "government", "head_of_delegation", "confirmed").await;
    let a3 = b.register(a, Some("TTO"), "woman", "government", "delegate", "confirmed").await;
    let a4 = b.register(a, Some("USA"), "man", "intergovernmental", "expert", "pending").await;
    let a5 = b.register(a, Some("FRA"), "woman", "ngo", "observer", "cancelled").await;
    let _a6 = b.register(a, None, "undisclosed", "ngo", "observer", "confirmed").await;
    b.scan(a1, a, "2007-05-10", "entry", Some(session), None).await;
    b.scan(a1, a, "2007-05-10", "exit", None, None).await;
    b.scan(a1, a, "2007-05-11", "entry", None, None).await;
    let undone = b.scan(a2, a, "2007-05-10", "entry", Some(session), None).await;
    b.scan(a2, a, "2007-05-10", "undo", None, Some(undone)).await;
    b.scan(a3, a, "2007-05-11", "entry", None, None).await;
    let exit = b.scan(a3, a, "2007-05-11", "exit", None, None).await;
    b.scan(a3, a, "2007-05-11", "undo", None, Some(exit)).await;
    for r in [a1, a2, a3, a4, a5] {
        b.invitation(a, r.1, "registered").await;
    }
    let withdrawn = b.person().await;
    b.invitation(a, withdrawn, "revoked").await;
    b.certificate(a1, a, false).await;
    b.certificate(a3, a, true).await;

    let b1 = b.register(bb, Some("JAM"), "woman", "government", "delegate", "confirmed").await;
    let b2 = b.register(bb, Some("JOR"), "man", "government", "delegate", "confirmed").await;
    b.register(bb, Some("JOR"), "woman", "government", "delegate", "confirmed").await;
    b.scan(b1, bb, "2007-09-03", "entry", None, None).await;
    b.scan(b2, bb, "2007-09-03", "entry", None, None).await;
    b.certificate(b1, bb, false).await;
    b.certificate(b2, bb, false).await;

    let c1 = b.register(c, Some("BWA"), "woman", "government", "delegate", "confirmed").await;
    b.register(c, Some("TTO"), "man", "academia", "expert", "waitlisted").await;
    b.register(c, Some("JAM"), "man", "government", "delegate", "confirmed").await;
    b.scan(c1, c, "2007-11-27", "entry", None, None).await;

    let d1 = b.register(d, Some("CHN"), "woman", "government", "delegate", "confirmed").await;
    b.scan(d1, d, "2008-03-01", "entry", None, None).await;
    b.register(x, Some("RUS"), "woman", "government", "delegate", "confirmed").await;
    b.register(p, Some("GHA"), "woman", "government", "delegate", "confirmed").await;
    Data { a, b: bb, c, d, p, session }
}
