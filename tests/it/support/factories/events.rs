//! Events made through the organiser's form: `app.event(&browser)` starts from the workshop
//! of `event_fields("1540")` (Lomé, 8–10 December 2026, 40 seats, by invitation), each call
//! changes one thing, and `create` posts the form, adds the sessions and publishes (or
//! `update` posts it as an edit of an event).

use crate::helpers::{TestApp, create_event, event_fields};

/// A session to add through the schedule form: title, date, start, end and room.
type Session = [String; 5];

/// An event still to be made; see the module documentation.
pub struct NewEvent<'a> {
    app: &'a TestApp,
    by: &'a reqwest::Client,
    fields: Vec<(&'static str, String)>,
    sessions: Vec<Session>,
    publish: bool,
}

impl TestApp {
    /// An event to be made by the signed-in browser `by`.
    pub fn event<'a>(&'a self, by: &'a reqwest::Client) -> NewEvent<'a> {
        NewEvent { app: self, by, fields: event_fields("1540"), sessions: Vec::new(), publish: false }
    }

    /// Adds a working-group session to `event` through the schedule form: its title, date,
    /// start, end (local times) and room.
    pub async fn add_session(&self, by: &reqwest::Client, event: i32, [title, date, start, end, room]: [&str; 5]) {
        let fields = [
            ("title", title),
            ("kind", "working_group"),
            ("date", date),
            ("start_time", start),
            ("end_time", end),
            ("room", room),
        ];
        let r = self.post_form(by, &format!("/organiser/events/{event}/sessions"), &fields).await;
        assert_eq!(r.status(), 303, "session {title} refused");
    }
}

impl NewEvent<'_> {
    /// Sets the form field `key` to `value` (added when the form has no such field).
    pub fn set(mut self, key: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        match self.fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.fields.push((key, value)),
        }
        self
    }

    /// Sets several form fields.
    pub fn with(self, changes: &[(&'static str, &str)]) -> Self {
        changes.iter().fold(self, |event, (k, v)| event.set(k, *v))
    }

    /// The programme (and so who may manage it).
    pub fn programme(self, code: &str) -> Self {
        self.set("programme", code)
    }

    /// The title.
    pub fn title(self, title: &str) -> Self {
        self.set("title", title)
    }

    /// The number of seats.
    pub fn capacity(self, seats: usize) -> Self {
        self.set("capacity", seats.to_string())
    }

    /// The first and last days, as YYYY-MM-DD.
    pub fn dates(self, start: &str, end: &str) -> Self {
        self.set("start_date", start).set("end_date", end)
    }

    /// Anyone may register (after verifying their address), not only invitees.
    pub fn open_registration(self) -> Self {
        self.set("registration_mode", "open")
    }

    /// Registrations wait for the secretariat's approval.
    pub fn approval(self) -> Self {
        self.set("approval_required", "on")
    }

    /// A working-group session on `date` from `start` to `end` (local times) in `room`.
    pub fn session(mut self, title: &str, date: &str, start: &str, end: &str, room: &str) -> Self {
        self.sessions.push([title, date, start, end, room].map(str::to_owned));
        self
    }

    /// Published once made (after its sessions are added).
    pub fn published(mut self) -> Self {
        self.publish = true;
        self
    }

    /// Posts the form as an edit of event `id` (sessions and publication left aside): the answer.
    pub async fn update(self, id: i32) -> reqwest::Response {
        self.app.post_fields(self.by, &format!("/organiser/events/{id}"), &self.fields).await
    }

    /// Posts the event form, the sessions and the publication; returns the event's id.
    pub async fn create(self) -> i32 {
        let (app, by) = (self.app, self.by);
        let id = create_event(app, by, &self.fields).await;
        for session in &self.sessions {
            app.add_session(by, id, session.each_ref().map(String::as_str)).await;
        }
        if self.publish {
            let r = app.post_form(by, &format!("/organiser/events/{id}/publish"), &[]).await;
            assert_eq!(r.status(), 303, "publication of event {id} refused");
        }
        id
    }
}
