//! Scheduled jobs: the claim of each tick across instances, reminders before events (twice
//! run, two instances, a moved event, the per-event switch and its preview), follow-ups of
//! unanswered invitations, the purge of old links, the admin page, the API and the CLI's
//! job names. Time is the app's fixed clock; ticks are driven by the tests, nothing sleeps.

use chrono::{DateTime, Duration, TimeZone, Utc};
use convene::auth::tokens;
use convene::domain::{Email, Gender, InvitationKind, InvitationState, ParticipantRole, RegistrationState, Role};
use convene::entities::{event_reminder, invitation, job_run, outbox_message, registration, sign_in_token};
use convene::i18n::Lang;
use convene::jobs::runs::Trigger;
use convene::jobs::schedule::Schedule;
use convene::jobs::{JobName, runs};
use convene::people::{self, PersonInput};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::TestApp;
use crate::smtp::SmtpServer;
use crate::support::api::Api;
use crate::support::factories::staff::Staff;

/// An app that sends over SMTP to `smtp` only when a test runs the outbox job (no background
/// dispatcher), so what arrived is known when the job returns.
async fn app_with_smtp(smtp: &SmtpServer) -> TestApp {
    let port = smtp.port;
    TestApp::spawn_with(move |s| {
        s.mail.transport = "smtp".into();
        s.mail.smtp_host = "127.0.0.1".into();
        s.mail.smtp_port = port;
        s.mail.smtp_tls = "none".into();
    })
    .await
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// A published event of programme 1540 in Lomé (UTC+0), 8–10 December 2026, reminders on.
/// Returns its organiser (organiser@example.org) and the event id.
async fn event_in_lome(app: &TestApp) -> (Staff, i32) {
    let org = app.organiser_at("organiser@example.org").await;
    let id = app.event(&org.browser).set("reminders_enabled", "on").published().create().await;
    (org, id)
}

/// A confirmed registration of `email`, written directly (registration itself is tested
/// elsewhere).
async fn confirmed(app: &TestApp, event_id: i32, email: &str, language: Lang) -> i32 {
    let now = app.clock.now();
    let person = people::find_or_create(
        &app.state.db.write,
        &PersonInput {
            email: Email::parse(email).unwrap(),
            title: Some("Ms.".into()),
            given_name: "Amina".into(),
            family_name: format!("Diallo {email}"),
            organisation: None,
            organisation_type: None,
            country: None,
            language,
        },
        now,
    )
    .await
    .unwrap();
    registration::ActiveModel {
        event_id: Set(event_id),
        person_id: Set(person.id),
        invitation_id: Set(None),
        delegation_id: Set(None),
        role: Set(ParticipantRole::Delegate),
        state: Set(RegistrationState::Confirmed),
        holds_seat: Set(true),
        title: Set(Some("Ms.".into())),
        given_name: Set("Amina".into()),
        family_name: Set(format!("Diallo {email}")),
        gender: Set(Gender::Woman),
        country_iso3: Set(None),
        organisation: Set(None),
        organisation_type: Set(None),
        position: Set(None),
        phone: Set(None),
        needs: Set(None),
        visa_letter: Set(false),
        consent_at: Set(now),
        waitlisted_at: Set(None),
        offer_expires_at: Set(None),
        decision_reason: Set(None),
        manage_token_hash: Set(tokens::hash(&tokens::generate().unwrap())),
        language: Set(language.code().into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap()
    .id
}

/// Reminder emails queued so far.
async fn reminders_queued(app: &TestApp) -> u64 {
    outbox_message::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox_message::Column::Subject.starts_with("Reminder:"))
                .add(outbox_message::Column::Subject.starts_with("Rappel :")),
        )
        .count(&app.state.db.read)
        .await
        .unwrap()
}

/// Runs the outbox job now: everything queued goes to the SMTP server before it returns.
async fn dispatch(app: &TestApp) {
    app.clock.set(app.clock.now() + Duration::seconds(1));
    let run = runs::run_now(&app.state, JobName::OutboxDispatch).await.unwrap();
    assert_eq!(run.outcome, "succeeded", "{run:?}");
}

#[tokio::test]
async fn running_the_reminder_job_twice_sends_one_email_per_participant() {
    let smtp = SmtpServer::start();
    let app = app_with_smtp(&smtp).await;
    let (_, event_id) = event_in_lome(&app).await;
    confirmed(&app, event_id, "p1@example.org", Lang::En).await;
    confirmed(&app, event_id, "p2@example.org", Lang::Fr).await;
    confirmed(&app, event_id, "p3@example.org", Lang::En).await;

    // Seven days before 8 December, at 08:00 in Lomé (UTC+0).
    app.clock.set(utc(2026, 12, 1, 7, 59));
    assert_eq!(convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap(), 0);
    app.clock.set(utc(2026, 12, 1, 8, 0));
    assert_eq!(convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap(), 3);
    app.clock.set(utc(2026, 12, 1, 8, 15));
    assert_eq!(convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap(), 0);
    dispatch(&app).await;

    let got = smtp.messages();
    assert_eq!(got.len(), 3, "{:?}", got.iter().map(|m| &m.subject).collect::<Vec<_>>());
    for address in ["p1@example.org", "p2@example.org", "p3@example.org"] {
        assert_eq!(smtp.to(address).len(), 1, "{address}");
    }
    let french = smtp.to("p2@example.org").remove(0);
    assert!(french.subject.starts_with("Rappel : "), "{}", french.subject);
    assert!(french.text.contains("commence dans 7 jours"), "{}", french.text);
    let english = smtp.to("p1@example.org").remove(0);
    assert!(english.text.contains("starts in 7 days"), "{}", english.text);
    assert!(english.link(&format!("/events/{event_id}")).is_some());
    assert_eq!(event_reminder::Entity::find().count(&app.state.db.read).await.unwrap(), 3);

    // The day before, the second reminder; again only once.
    app.clock.set(utc(2026, 12, 7, 8, 0));
    assert_eq!(convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap(), 3);
    assert_eq!(convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap(), 0);
    dispatch(&app).await;
    assert_eq!(smtp.messages().len(), 6);
    assert!(smtp.to("p1@example.org")[1].text.contains("starts tomorrow"));
}

#[tokio::test]
async fn two_instances_over_a_full_tick_cycle_claim_each_tick_once_and_send_no_duplicates() {
    let smtp = SmtpServer::start();
    let one = app_with_smtp(&smtp).await;
    let two = TestApp::spawn_on(&one).await;
    let (_, event_id) = event_in_lome(&one).await;
    for n in 0..4 {
        confirmed(&one, event_id, &format!("d{n}@example.org"), Lang::En).await;
    }

    // Every tick of the configured schedule from the morning of the first reminder to the
    // start of the event, both instances woken for each (as the scheduler wakes every
    // instance), concurrently.
    let schedule = Schedule::parse(&one.state.settings.jobs.event_reminders.cron).unwrap();
    let ticks = schedule.ticks_in(utc(2026, 12, 1, 6, 0), utc(2026, 12, 1, 10, 0));
    let ticks: Vec<_> =
        ticks.into_iter().chain(schedule.ticks_in(utc(2026, 12, 7, 6, 0), utc(2026, 12, 8, 0, 0))).collect();
    assert_eq!(ticks.len(), 16 + 72);
    let mut won = [0, 0];
    for tick in &ticks {
        one.clock.set(*tick + Duration::milliseconds(3));
        let (a, b) = tokio::join!(
            runs::run_due(&one.state, JobName::EventReminders),
            runs::run_due(&two.state, JobName::EventReminders)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(a.is_some() != b.is_some(), "tick {tick}: exactly one instance runs it");
        let run = a.as_ref().or(b.as_ref()).unwrap();
        assert_eq!(run.scheduled_for, *tick);
        assert_eq!(run.outcome, "succeeded", "{run:?}");
        won[usize::from(b.is_some())] += 1;
    }
    let rows = job_run::Entity::find()
        .filter(job_run::Column::Job.eq("event_reminders"))
        .count(&one.state.db.read)
        .await
        .unwrap();
    assert_eq!(rows, ticks.len() as u64, "one run row per tick");
    assert_eq!(won[0] + won[1], ticks.len());

    // Both reminders (7 days and 1 day) once per participant, sent by both dispatchers.
    assert_eq!(reminders_queued(&one).await, 8);
    let (x, y) = tokio::join!(
        runs::run_now(&one.state, JobName::OutboxDispatch),
        runs::run_now(&two.state, JobName::OutboxDispatch)
    );
    // Same fixed instant: one of the two "run now" is refused, the other sends everything.
    assert!(x.is_ok() != y.is_ok());
    assert_eq!(smtp.messages().len(), 8);
    for n in 0..4 {
        assert_eq!(smtp.to(&format!("d{n}@example.org")).len(), 2);
    }
}

/// Runs `job` on both instances at once, as two runs claimed for different instants (one
/// instance's tick and the other's "run now" a few milliseconds later): both must succeed.
async fn two_runs_at_once(one: &TestApp, two: &TestApp, job: JobName, at: DateTime<Utc>) {
    one.clock.set(at);
    let (a, b) = tokio::join!(
        runs::run_tick(&one.state, job, at, Trigger::Schedule),
        runs::run_tick(&two.state, job, at + Duration::milliseconds(3), Trigger::Manual)
    );
    for run in [a.unwrap().expect("claimed"), b.unwrap().expect("claimed")] {
        assert_eq!((run.outcome.as_str(), run.error.as_deref()), ("succeeded", None), "{run:?}");
    }
}

/// Two runs of the reminder job started at the same moment on two instances over one
/// database (the race of issue 18, real on PostgreSQL): both succeed, and each participant
/// gets each reminder once; the admin API answers the run it started as succeeded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_reminder_runs_at_the_same_moment_both_succeed_and_remind_each_participant_once() {
    let smtp = SmtpServer::start();
    let one = app_with_smtp(&smtp).await;
    let two = TestApp::spawn_on(&one).await;
    let org = one.organiser_at("organiser@example.org").await;
    let mut addresses = Vec::new();
    // Several events due at once, so the two runs overlap on each.
    for e in 0..3 {
        let id = one.event(&org.browser).set("reminders_enabled", "on").published().create().await;
        for n in 0..15 {
            let address = format!("e{e}p{n}@example.org");
            confirmed(&one, id, &address, Lang::En).await;
            addresses.push(address);
        }
    }

    // Seven days before: the scheduled tick on one instance, an admin's "run now" through
    // the API of the other, at the same moment.
    let admin = two.api_of(two.create_user("admin@example.org", Role::Admin, &[]).await).await;
    one.clock.set(utc(2026, 12, 1, 8, 0) + Duration::milliseconds(3));
    let api_run = admin.request(Method::POST, "/api/v1/admin/jobs/event_reminders/run", None).send();
    let (tick, answer) = tokio::join!(runs::run_due(&one.state, JobName::EventReminders), api_run);
    let tick = tick.unwrap().expect("the tick is claimed");
    assert_eq!(tick.outcome, "succeeded", "{tick:?}");
    let answer = answer.unwrap();
    assert_eq!(answer.status(), 200);
    let body: Value = answer.json().await.unwrap();
    assert_eq!((&body["outcome"], &body["error"]), (&Value::from("succeeded"), &Value::Null), "{body}");
    assert_eq!(reminders_queued(&one).await, 45);

    // The day before, two runs on the two instances again.
    two_runs_at_once(&one, &two, JobName::EventReminders, utc(2026, 12, 7, 8, 0)).await;
    assert_eq!(reminders_queued(&one).await, 90);
    assert_eq!(event_reminder::Entity::find().count(&one.state.db.read).await.unwrap(), 90);
    dispatch(&one).await;
    for address in &addresses {
        assert_eq!(smtp.to(address).len(), 2, "{address}: one reminder of each kind");
    }
}

/// An unanswered personal invitation to `event_id` for `email`, sent now and expiring on
/// 10 December 2026 at 23:59; `answered` marks it registered.
async fn sent_invitation(app: &TestApp, event_id: i32, email: &str, answered: bool) -> i32 {
    let now = app.clock.now();
    let person = people::find_or_create(
        &app.state.db.write,
        &PersonInput {
            email: Email::parse(email).unwrap(),
            title: None,
            given_name: "Kofi".into(),
            family_name: format!("Mensah {email}"),
            organisation: None,
            organisation_type: None,
            country: None,
            language: Lang::En,
        },
        now,
    )
    .await
    .unwrap();
    invitation::ActiveModel {
        event_id: Set(event_id),
        person_id: Set(person.id),
        delegation_id: Set(None),
        kind: Set(InvitationKind::Personal),
        role: Set(ParticipantRole::Delegate),
        state: Set(if answered { InvitationState::Registered } else { InvitationState::Sent }),
        token_hash: Set(tokens::hash(&tokens::generate().unwrap())),
        expires_at: Set(utc(2026, 12, 10, 23, 59)),
        language: Set("en".into()),
        sent_at: Set(Some(now)),
        opened_at: Set(None),
        responded_at: Set(answered.then_some(now)),
        decline_reason: Set(None),
        reminders_sent: Set(0),
        last_reminded_at: Set(None),
        position: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap()
    .id
}

/// The follow-up job has the same once-only mark as reminders: two runs at once on two
/// instances both succeed and each invitee is followed up once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_follow_up_runs_at_the_same_moment_follow_each_invitation_up_once() {
    let one = TestApp::spawn().await;
    let two = TestApp::spawn_on(&one).await;
    let (_, event_id) = event_in_lome(&one).await;
    let mut ids = Vec::new();
    for n in 0..40 {
        ids.push(sent_invitation(&one, event_id, &format!("late{n}@example.org"), false).await);
    }
    two_runs_at_once(&one, &two, JobName::InvitationFollowUps, utc(2026, 12, 8, 0, 0)).await;
    for id in &ids {
        let inv = invitation::Entity::find_by_id(*id).one(&one.state.db.read).await.unwrap().unwrap();
        assert_eq!(inv.reminders_sent, 1, "invitation {id}");
    }
    let letters = outbox_message::Entity::find()
        .filter(outbox_message::Column::InvitationId.is_in(ids.clone()))
        .count(&one.state.db.read)
        .await
        .unwrap();
    assert_eq!(letters, 40, "one follow-up email per invitation");
}

/// A run that fails records and answers a generic notice: the database's text (table and
/// key names, values) stays in the server log.
#[tokio::test]
async fn a_failed_run_shows_no_database_text_in_the_api_or_on_the_page() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    app.state.db.write.execute_unprepared("ALTER TABLE event_figures RENAME TO event_figures_elsewhere").await.unwrap();
    let admin = app.api_of(app.create_user("api-admin@example.org", Role::Admin, &[]).await).await;
    let answer = admin.request(Method::POST, "/api/v1/admin/jobs/event_figures/run", None).send().await.unwrap();
    assert_eq!(answer.status(), 200);
    let text = answer.text().await.unwrap();
    let run: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(run["outcome"], "failed", "{text}");
    let notice = runs::failure_notice(run["id"].as_i64().unwrap() as i32);
    assert_eq!(run["error"], notice.as_str());
    for raw in ["no such table", "does not exist", "relation", "error returned from database", "Query Error"] {
        assert!(!text.contains(raw), "{raw:?} in the API answer: {text}");
    }
    let stored = job_run::Entity::find().one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(stored.error.as_deref(), Some(notice.as_str()), "the record keeps only the notice");

    let browser = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (_, page) = app.get(&browser, "/admin/jobs").await;
    assert!(page.contains(&notice), "{page}");
    assert!(!page.contains("no such table") && !page.contains("does not exist"), "{page}");
    app.state.db.write.execute_unprepared("ALTER TABLE event_figures_elsewhere RENAME TO event_figures").await.unwrap();
}

#[tokio::test]
async fn an_event_moved_by_its_organiser_gets_its_reminders_at_the_new_time() {
    let app = TestApp::spawn().await;
    let (org, event_id) = event_in_lome(&app).await;
    let reg = confirmed(&app, event_id, "moved@example.org", Lang::En).await;
    let work = |at: DateTime<Utc>| {
        let state = app.state.clone();
        app.clock.set(at);
        async move { convene::jobs::work(&state, JobName::EventReminders, at).await.unwrap() }
    };
    assert_eq!(work(utc(2026, 12, 1, 8, 0)).await, 1, "7 days before 8 December");

    // The organiser (signing in again: days have passed) moves the event a week later.
    app.sign_in(&org.browser, &org.email).await;
    let moved = app.event(&org.browser).dates("2026-12-15", "2026-12-17").set("reminders_enabled", "on");
    assert_eq!(moved.update(event_id).await.status(), 303);
    let moved = convene::entities::event::Entity::find_by_id(event_id).one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(moved.start_date.to_string(), "2026-12-15");

    assert_eq!(work(utc(2026, 12, 7, 8, 0)).await, 0, "nothing at the old date's 1-day time");
    assert_eq!(work(utc(2026, 12, 8, 7, 45)).await, 0);
    assert_eq!(work(utc(2026, 12, 8, 8, 0)).await, 1, "7 days before the new date");
    assert_eq!(work(utc(2026, 12, 8, 9, 0)).await, 0);
    assert_eq!(work(utc(2026, 12, 14, 8, 0)).await, 1, "the day before the new date");

    let sent = event_reminder::Entity::find()
        .filter(event_reminder::Column::RegistrationId.eq(reg))
        .all(&app.state.db.read)
        .await
        .unwrap();
    let mut kinds: Vec<_> = sent.iter().map(|r| (r.days_before, r.event_start_date.to_string())).collect();
    kinds.sort();
    assert_eq!(kinds, vec![(1, "2026-12-15".to_owned()), (7, "2026-12-08".to_owned()), (7, "2026-12-15".to_owned())]);
    assert_eq!(reminders_queued(&app).await, 3);
}

#[tokio::test]
async fn reminders_switched_off_for_an_event_are_not_sent_and_the_preview_says_so() {
    let app = TestApp::spawn().await;
    let (org, event_id) = event_in_lome(&app).await;
    confirmed(&app, event_id, "late@example.org", Lang::En).await;

    // Preview: who gets which reminder when (in the event's time zone).
    let (status, html) = org.get(&format!("/organiser/events/{event_id}/reminders")).await;
    assert_eq!(status, 200);
    assert!(html.contains("late@example.org"), "{html}");
    assert!(html.contains("7 days before") && html.contains("1 day before"), "{html}");
    assert!(html.contains("2026-12-01 08:00") && html.contains("2026-12-07 08:00"), "{html}");
    assert!(html.contains("scheduled"));
    assert!(!html.contains("id=\"reminders-off\""));

    // The edit form shows the switch on; the organiser switches it off.
    let (_, form) = org.get(&format!("/organiser/events/{event_id}/edit")).await;
    assert!(form.contains("name=\"reminders_enabled\""), "{form}");
    assert_eq!(app.event(&org.browser).update(event_id).await.status(), 303);

    app.clock.set(utc(2026, 12, 1, 8, 0));
    assert_eq!(convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap(), 0);
    app.sign_in(&org.browser, &org.email).await;
    let (_, html) = org.get(&format!("/organiser/events/{event_id}/reminders")).await;
    assert!(html.contains("id=\"reminders-off\""), "{html}");
    assert!(html.contains("reminders are off"), "{html}");

    // Another programme's organiser may not look.
    let other = app.signed_in("other@example.org", Role::Organiser, &["BWC"]).await;
    assert_eq!(app.get(&other, &format!("/organiser/events/{event_id}/reminders")).await.0, 403);
    assert_eq!(app.get(&other, "/organiser/events/999999/reminders").await.0, 404);
}

#[tokio::test]
async fn the_preview_marks_sent_and_due_reminders() {
    let app = TestApp::spawn().await;
    let (org, event_id) = event_in_lome(&app).await;
    confirmed(&app, event_id, "early@example.org", Lang::En).await;
    app.clock.set(utc(2026, 12, 1, 8, 0));
    convene::jobs::work(&app.state, JobName::EventReminders, app.clock.now()).await.unwrap();
    // Registered after the 7-day reminder's time: that one is skipped for them.
    confirmed(&app, event_id, "later@example.org", Lang::En).await;
    app.sign_in(&org.browser, &org.email).await;
    let (_, html) = org.get(&format!("/organiser/events/{event_id}/reminders")).await;
    assert!(html.contains("sent 2026-12-01 08:00:00 UTC"), "{html}");
    assert!(html.contains("not sent (its time has passed)"), "{html}");
    app.clock.set(utc(2026, 12, 7, 9, 0));
    app.sign_in(&org.browser, &org.email).await;
    let (_, html) = org.get(&format!("/organiser/events/{event_id}/reminders")).await;
    assert_eq!(html.matches("due: goes out on the next run").count(), 2, "{html}");
}

#[tokio::test]
async fn unanswered_invitations_get_one_automatic_follow_up_before_the_deadline() {
    let app = TestApp::spawn().await;
    let (_, event_id) = event_in_lome(&app).await;
    let mut ids = Vec::new();
    for (n, answered) in [(0, false), (1, false), (2, true)] {
        ids.push(sent_invitation(&app, event_id, &format!("invitee{n}@example.org"), answered).await);
    }
    // Deadline: the link's expiry (10 December, 23:59); follow-up 3 days before.
    app.clock.set(utc(2026, 12, 7, 23, 0));
    assert_eq!(convene::jobs::work(&app.state, JobName::InvitationFollowUps, app.clock.now()).await.unwrap(), 0);
    app.clock.set(utc(2026, 12, 8, 0, 0));
    assert_eq!(convene::jobs::work(&app.state, JobName::InvitationFollowUps, app.clock.now()).await.unwrap(), 2);
    app.clock.set(utc(2026, 12, 8, 1, 0));
    assert_eq!(convene::jobs::work(&app.state, JobName::InvitationFollowUps, app.clock.now()).await.unwrap(), 0);
    for (id, expected) in ids.iter().zip([1, 1, 0]) {
        let inv = invitation::Entity::find_by_id(*id).one(&app.state.db.read).await.unwrap().unwrap();
        assert_eq!(inv.reminders_sent, expected, "invitation {id}");
    }
    let letters = outbox_message::Entity::find()
        .filter(outbox_message::Column::InvitationId.is_in(ids.clone()))
        .count(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(letters, 2);
}

#[tokio::test]
async fn the_purge_deletes_links_and_sessions_past_their_keeping_time() {
    let app = TestApp::spawn().await;
    let user = app.create_user("staff@example.org", Role::Organiser, &["1540"]).await;
    let now = app.clock.now();
    for (n, expires, used) in [
        (0, now - Duration::days(40), None),
        (1, now + Duration::days(1), None),
        (2, now + Duration::days(1), Some(now - Duration::days(31))),
    ] {
        sign_in_token::ActiveModel {
            token_hash: Set(tokens::hash(&format!("token-{n}"))),
            user_id: Set(user),
            created_at: Set(now - Duration::days(50)),
            expires_at: Set(expires),
            used_at: Set(used),
            break_glass: Set(false),
        }
        .insert(&app.state.db.write)
        .await
        .unwrap();
    }
    let purged = convene::jobs::work(&app.state, JobName::TokenPurge, now).await.unwrap();
    assert_eq!(purged, 2);
    assert_eq!(sign_in_token::Entity::find().count(&app.state.db.read).await.unwrap(), 1);
    assert_eq!(convene::jobs::work(&app.state, JobName::TokenPurge, now).await.unwrap(), 0);
}

#[tokio::test]
async fn admins_see_every_job_and_run_one_now() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (status, html) = app.get(&admin, "/admin/jobs").await;
    assert_eq!(status, 200);
    for job in JobName::ALL {
        assert!(html.contains(&format!("data-job=\"{}\"", job.as_str())), "{job} missing");
    }
    assert!(html.contains("0 */15 * * * *"));
    assert!(html.contains("Never run"));

    let r = app.post_form(&admin, "/admin/jobs/offer_expiry/run", &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(crate::helpers::location(&r), "/admin/jobs?ran=offer_expiry");
    let (_, html) = app.get(&admin, "/admin/jobs?ran=offer_expiry").await;
    assert!(html.contains("Lapse of seat offers: succeeded, 0 handled."), "{html}");
    assert!(html.contains("2026-11-27 10:00:00 UTC"), "{html}");

    // Same instant again (the clock is fixed): the run is already claimed.
    assert_eq!(app.post_form(&admin, "/admin/jobs/offer_expiry/run", &[]).await.status(), 409);
    // Unknown job, missing CSRF token, organiser.
    assert_eq!(app.post_form(&admin, "/admin/jobs/nonsense/run", &[]).await.status(), 404);
    assert_eq!(admin.post(app.url("/admin/jobs/token_purge/run")).send().await.unwrap().status(), 403);
    let org = app.organiser_at("org@example.org").await;
    assert_eq!(org.get("/admin/jobs").await.0, 403);
    assert_eq!(org.post_form("/admin/jobs/token_purge/run", &[]).await.status(), 403);
    assert_eq!(job_run::Entity::find().count(&app.state.db.read).await.unwrap(), 1);
}

#[tokio::test]
async fn jobs_in_the_admin_api() {
    let app = TestApp::spawn().await;
    let admin = app.api_of(app.create_user("api-admin@example.org", Role::Admin, &[]).await).await;
    let (status, list) = admin.get("/api/v1/admin/jobs").await;
    assert_eq!(status, 200);
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|j| j["name"].as_str().unwrap()).collect();
    assert_eq!(names, JobName::ALL.iter().map(|j| j.as_str()).collect::<Vec<_>>());
    assert_eq!(list[0]["scheduled"], false, "the test configuration runs no scheduler");

    let (status, run) = admin.send(Method::POST, "/api/v1/admin/jobs/token_purge/run", None).await;
    assert_eq!(status, 200, "{run}");
    assert_eq!(run["outcome"], "succeeded");
    assert_eq!(run["trigger"], "manual");
    assert_eq!(run["items"], 0);
    let (status, again) = admin.send(Method::POST, "/api/v1/admin/jobs/token_purge/run", None).await;
    assert_eq!(status, 409, "{again}");
    let (status, runs) = admin.get("/api/v1/admin/jobs/token_purge/runs?limit=5").await;
    assert_eq!(status, 200);
    assert_eq!(runs.as_array().unwrap().len(), 1);
    assert_eq!(admin.get("/api/v1/admin/jobs/nonsense/runs").await.0, 404);
    for bad in ["0", "201", "ten", "-1"] {
        let (status, body) = admin.get(&format!("/api/v1/admin/jobs/token_purge/runs?limit={bad}")).await;
        assert_eq!(status, 422, "{bad}: {body}");
        assert_eq!(body["fields"][0]["field"], "limit", "{body}");
    }

    let organiser = app.api_of(app.create_user("api-org@example.org", Role::Organiser, &["1540"]).await).await;
    assert_eq!(organiser.get("/api/v1/admin/jobs").await.0, 403);
    assert_eq!(organiser.send(Method::POST, "/api/v1/admin/jobs/token_purge/run", None).await.0, 403);
    assert_eq!(Api::new(&app, "not-a-token").get("/api/v1/admin/jobs").await.0, 401);

    let (_, doc) = admin.get("/api/v1/openapi.json").await;
    for path in ["/api/v1/admin/jobs", "/api/v1/admin/jobs/{name}/runs", "/api/v1/admin/jobs/{name}/run"] {
        assert!(doc["paths"][path].is_object(), "{path} missing from the OpenAPI document");
    }
}

#[tokio::test]
async fn the_scheduler_starts_with_every_enabled_job() {
    let app = TestApp::spawn_with(|s| {
        s.jobs.scheduler = true;
        s.jobs.token_purge.enabled = false;
    })
    .await;
    let mut scheduler = convene::jobs::scheduler::start(app.state.office.clone()).await.unwrap().expect("a scheduler");
    scheduler.shutdown().await.unwrap();
    let (_, html) = app.get(&app.signed_in("a@example.org", Role::Admin, &[]).await, "/admin/jobs").await;
    assert!(html.contains("0 30 3 * * *</code> (off)"), "a disabled job shows as off: {html}");

    let off = TestApp::spawn().await;
    assert!(convene::jobs::scheduler::start(off.state.office.clone()).await.unwrap().is_none());
}
