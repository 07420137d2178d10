//! Who took part in the demo's past events and when they came (`seeds/demo-participants.toml`):
//! a plan, worked out in memory from the file, the event and seeded draws only, so that it is
//! the same on every run and either database. [`super::store`] writes it.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Deserialize;

use super::bad_seed;
use super::names::{Crowd, Draw, Names, Person};
use crate::domain::{DatePrecision, EventKind, ParticipantRole, RegistrationMode};
use crate::entities::event;
use crate::error::Result;

const PARTICIPANTS: &str = include_str!("../../seeds/demo-participants.toml");

/// South Sudan joined the United Nations on 14 July 2011; no earlier event samples it.
const SOUTH_SUDAN_ADMITTED: (i32, u32, u32) = (2011, 7, 14);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    profile: Vec<Profile>,
    org: Vec<Org>,
    event: Vec<EventSpec>,
}

/// How a State's people appear at a kind of event: where they work and what they do.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Profile {
    key: String,
    domain: String,
    #[serde(rename = "type", default = "government")]
    kind: String,
    organisations: Vec<String>,
    /// The first is the head of delegation's.
    positions: Vec<String>,
}

fn government() -> String {
    "government".to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Org {
    key: String,
    names: Vec<String>,
    #[serde(rename = "type")]
    kind: String,
    role: Option<String>,
    positions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventSpec {
    key: String,
    days: Option<Vec<NaiveDate>>,
    present: Option<u32>,
    no_show: Option<u32>,
    #[serde(default)]
    cancelled: usize,
    #[serde(default)]
    declined: usize,
    #[serde(default)]
    orgs: BTreeMap<String, usize>,
    #[serde(default)]
    group: Vec<GroupSpec>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupSpec {
    #[serde(default)]
    states: Vec<String>,
    sample: Option<usize>,
    per_state: [u32; 2],
    profile: String,
    women: u32,
    role: Option<String>,
}

/// One person's part in one event.
#[derive(Debug, Clone)]
pub struct Participant {
    /// Who.
    pub person: Person,
    /// Honorific for this event ("Ms.", "H.E. Mr.", "Dr.").
    pub title: String,
    /// The State represented; none for organisations.
    pub country: Option<String>,
    /// Organisation or ministry.
    pub organisation: String,
    /// Organisation type code.
    pub organisation_type: String,
    /// Function.
    pub position: String,
    /// Role at the event.
    pub role: ParticipantRole,
    /// Withdrew before the event.
    pub cancelled: bool,
    /// Asked for a visa-support letter.
    pub visa_letter: bool,
    /// Local time of arrival on each day attended.
    pub arrivals: Vec<NaiveDateTime>,
    crowd: String,
}

/// The demo's part of one past event.
#[derive(Debug, Clone)]
pub struct EventPlan {
    /// The event's seed key.
    pub key: String,
    /// Everyone registered, in the order drawn.
    pub participants: Vec<Participant>,
    /// People who declined their invitation.
    pub declined: Vec<Participant>,
}

/// Works out the plans (see the module).
pub struct Planner {
    names: Names,
    file: File,
    members: Vec<String>,
    crowds: HashMap<String, Crowd>,
}

impl Planner {
    /// Reads the names and the participants' file, checking every key they refer to.
    pub fn load() -> Result<Self> {
        let file: File = toml::from_str(PARTICIPANTS).map_err(|e| bad_seed("demo-participants.toml", e))?;
        let members = super::member_states()?
            .into_iter()
            .filter(|(_, status)| status == "member")
            .map(|(iso3, _)| iso3)
            .collect::<Vec<_>>();
        let planner = Self { names: Names::load()?, file, members, crowds: HashMap::new() };
        planner.check()?;
        Ok(planner)
    }

    fn check(&self) -> Result<()> {
        let bad = |what: String| Err(bad_seed("demo-participants.toml", what));
        for e in &self.file.event {
            for g in &e.group {
                if !self.file.profile.iter().any(|p| p.key == g.profile) {
                    return bad(format!("{}: unknown profile {}", e.key, g.profile));
                }
                if let Some(s) = g.states.iter().find(|s| !self.members.contains(s)) {
                    return bad(format!("{}: unknown State {s}", e.key));
                }
            }
            if let Some(o) = e.orgs.keys().find(|o| !self.file.org.iter().any(|x| &x.key == *o)) {
                return bad(format!("{}: unknown organisation {o}", e.key));
            }
        }
        Ok(())
    }

    /// The seed keys of the events with participants.
    pub fn keys(&self) -> Vec<String> {
        self.file.event.iter().map(|e| e.key.clone()).collect()
    }

    /// The plan of the demo event `e` (one of [`Self::keys`]).
    pub fn plan(&mut self, e: &event::Model) -> Result<EventPlan> {
        let key = e.seed_key.clone().unwrap_or_default();
        let index =
            self.file.event.iter().position(|s| s.key == key).ok_or_else(|| bad_seed(&key, "no participants"))?;
        let mut draw = Draw::new(&format!("participants/{key}"));
        let kind = e.kind;
        let open = e.registration_mode == RegistrationMode::Open;
        let mut used = HashSet::new();
        let mut participants = Vec::new();
        for g in 0..self.file.event[index].group.len() {
            self.plan_group(e, index, g, &mut draw, &mut used, &mut participants)?;
        }
        let orgs: Vec<(String, usize)> = self.file.event[index].orgs.iter().map(|(k, n)| (k.clone(), *n)).collect();
        for (org, count) in orgs {
            self.plan_org(&org, count, kind, open, &mut draw, &mut used, &mut participants);
        }
        let spec = &self.file.event[index];
        let (cancelled, declined) = (spec.cancelled, spec.declined);
        cancel(&mut participants, cancelled, &mut draw);
        self.attend(e, index, &mut draw, &mut participants)?;
        let declined = if open { Vec::new() } else { self.decline(declined, &mut draw, &mut used, &participants) };
        Ok(EventPlan { key, participants, declined })
    }

    fn plan_group(
        &mut self,
        e: &event::Model,
        index: usize,
        g: usize,
        draw: &mut Draw,
        used: &mut HashSet<String>,
        out: &mut Vec<Participant>,
    ) -> Result<()> {
        let kind = e.kind;
        let spec = self.file.event[index].group[g].clone();
        let profile =
            self.file.profile.iter().find(|p| p.key == spec.profile).cloned().ok_or_else(|| bad_seed("profile", ""))?;
        let mut states = spec.states.clone();
        if let Some(n) = spec.sample {
            let taken: HashSet<&String> = self.file.event[index].group.iter().flat_map(|x| &x.states).collect();
            let south_sudan =
                NaiveDate::from_ymd_opt(SOUTH_SUDAN_ADMITTED.0, SOUTH_SUDAN_ADMITTED.1, SOUTH_SUDAN_ADMITTED.2);
            let mut pool: Vec<&String> = self
                .members
                .iter()
                .filter(|s| !taken.contains(s))
                .filter(|s| s.as_str() != "SSD" || south_sudan.is_some_and(|d| e.start_date >= d))
                .collect();
            draw.shuffle(&mut pool);
            states.extend(pool.into_iter().take(n).cloned());
        }
        let role = match &spec.role {
            Some(r) => Some(r.parse::<ParticipantRole>().map_err(|_| bad_seed("role", r))?),
            None => None,
        };
        for iso3 in states {
            let crowd_key = format!("{}/{iso3}", profile.domain);
            if !self.crowds.contains_key(&crowd_key) {
                self.crowds.insert(crowd_key.clone(), Crowd::of_state(&self.names, &iso3, &profile.domain)?);
            }
            let n = draw.between(spec.per_state[0], spec.per_state[1]);
            for slot in 0..n {
                let woman = draw.chance(spec.women);
                let Some(person) = self.someone(&crowd_key, woman, n, draw, used) else { continue };
                let head = slot == 0 && role.is_none() && matches!(kind, EventKind::Meeting | EventKind::Conference);
                let position = if head || profile.positions.len() == 1 {
                    profile.positions[0].clone()
                } else {
                    draw.pick(&profile.positions[1..]).clone()
                };
                let role = match (role, head, kind) {
                    (Some(r), _, _) => r,
                    (None, true, _) => ParticipantRole::HeadOfDelegation,
                    (None, false, EventKind::TrainingCourse) => ParticipantRole::Trainee,
                    (None, false, _) => ParticipantRole::Delegate,
                };
                out.push(Participant {
                    title: title(woman, &position, role, draw),
                    country: Some(iso3.clone()),
                    organisation: draw.pick(&profile.organisations).clone(),
                    organisation_type: profile.kind.clone(),
                    position,
                    role,
                    cancelled: false,
                    visa_letter: matches!(kind, EventKind::Workshop | EventKind::TrainingCourse) && draw.chance(15),
                    arrivals: Vec::new(),
                    crowd: crowd_key.clone(),
                    person,
                });
            }
        }
        Ok(())
    }

    /// A person of the crowd not yet at this event: the crowd has room for twice as many as an
    /// event takes, so that delegations change a little from one meeting to the next.
    fn someone(
        &mut self,
        crowd_key: &str,
        woman: bool,
        wanted: u32,
        draw: &mut Draw,
        used: &mut HashSet<String>,
    ) -> Option<Person> {
        let crowd = self.crowds.get_mut(crowd_key)?;
        let room = usize::try_from(wanted.max(4) * 2).unwrap_or(8);
        let first = draw.below(room);
        for k in (0..room * 2).map(|i| (first + i) % (room * 2)) {
            let p = crowd.nth(&self.names, woman, k);
            if used.insert(p.email.clone()) {
                return Some(p);
            }
        }
        None
    }

    #[expect(clippy::too_many_arguments, reason = "one call site, each argument a part of the plan")]
    fn plan_org(
        &mut self,
        key: &str,
        count: usize,
        kind: EventKind,
        open: bool,
        draw: &mut Draw,
        used: &mut HashSet<String>,
        out: &mut Vec<Participant>,
    ) {
        let Some(org) = self.file.org.iter().find(|o| o.key == key) else { return };
        let role = match org.role.as_deref().and_then(|r| r.parse::<ParticipantRole>().ok()) {
            Some(r) => r,
            None if open => ParticipantRole::Delegate,
            None if matches!(kind, EventKind::Workshop | EventKind::TrainingCourse) => ParticipantRole::Expert,
            None => ParticipantRole::Observer,
        };
        let (names, kind_code, positions) = (org.names.clone(), org.kind.clone(), org.positions.clone());
        let crowd_key = format!("org/{key}");
        if !self.crowds.contains_key(&crowd_key) {
            self.crowds.insert(crowd_key.clone(), Crowd::of_organisation(key));
        }
        for i in 0..count {
            let woman = draw.chance(45);
            let wanted = u32::try_from(count).unwrap_or(u32::MAX);
            let Some(person) = self.someone(&crowd_key, woman, wanted, draw, used) else { continue };
            let position = draw.pick(&positions).clone();
            out.push(Participant {
                title: title(woman, &position, role, draw),
                country: None,
                organisation: names[i % names.len()].clone(),
                organisation_type: kind_code.clone(),
                position,
                role,
                cancelled: false,
                visa_letter: false,
                arrivals: Vec::new(),
                crowd: crowd_key.clone(),
                person,
            });
        }
    }

    /// Days and times of arrival of everyone who came.
    fn attend(&self, e: &event::Model, index: usize, draw: &mut Draw, people: &mut [Participant]) -> Result<()> {
        let spec = &self.file.event[index];
        let days: Vec<NaiveDate> = match &spec.days {
            Some(days) => days.clone(),
            None if e.date_precision == DatePrecision::Day => e
                .start_date
                .iter_days()
                .take_while(|d| *d <= e.end_date)
                .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) || e.start_date == e.end_date)
                .collect(),
            None => Vec::new(),
        };
        if let Some(d) = days.iter().find(|d| **d < e.start_date || **d > e.end_date) {
            return Err(bad_seed(&spec.key, format!("attendance on {d}, outside the event")));
        }
        let (present, no_show) = (spec.present.unwrap_or(90), spec.no_show.unwrap_or(5));
        for p in people.iter_mut().filter(|p| !p.cancelled) {
            if days.is_empty() || draw.chance(no_show) {
                continue;
            }
            let early = p.role == ParticipantRole::Staff;
            for day in &days {
                if early || draw.chance(present) {
                    p.arrivals.push(arrival(*day, early, draw));
                }
            }
            // Someone who came came at least once.
            if p.arrivals.is_empty() {
                let day = days[draw.below(days.len())];
                p.arrivals.push(arrival(day, false, draw));
            }
        }
        Ok(())
    }

    /// People who declined: others of the crowds the event drew from.
    fn decline(
        &mut self,
        count: usize,
        draw: &mut Draw,
        used: &mut HashSet<String>,
        participants: &[Participant],
    ) -> Vec<Participant> {
        let from: Vec<&Participant> = participants.iter().filter(|p| p.country.is_some()).collect();
        let mut out = Vec::new();
        for _ in 0..count {
            if from.is_empty() {
                break;
            }
            let like = from[draw.below(from.len())];
            let woman = draw.chance(35);
            let Some(person) = self.someone(&like.crowd, woman, 4, draw, used) else { continue };
            out.push(Participant {
                person,
                title: if woman { "Ms." } else { "Mr." }.to_owned(),
                cancelled: true,
                arrivals: Vec::new(),
                role: ParticipantRole::Delegate,
                ..like.clone()
            });
        }
        out
    }
}

/// Cancels `count` registrations, never a delegation's last: a State's figures are what the
/// sources say (38 States at the 1540 workshops, 106 at the CTBT conference).
fn cancel(participants: &mut [Participant], count: usize, draw: &mut Draw) {
    let mut per_state: HashMap<String, usize> = HashMap::new();
    for p in participants.iter() {
        if let Some(c) = &p.country {
            *per_state.entry(c.clone()).or_default() += 1;
        }
    }
    let mut candidates: Vec<usize> =
        (0..participants.len()).filter(|i| participants[*i].role != ParticipantRole::Staff).collect();
    draw.shuffle(&mut candidates);
    let mut left = count;
    for i in candidates {
        if left == 0 {
            break;
        }
        let country = participants[i].country.clone();
        let keeps_one = country.as_ref().is_none_or(|c| per_state.get(c).is_some_and(|n| *n > 1));
        if keeps_one {
            if let Some(n) = country.and_then(|c| per_state.get_mut(&c)) {
                *n -= 1;
            }
            participants[i].cancelled = true;
            left -= 1;
        }
    }
}

/// A local time of arrival: the secretariat before 08:30, everyone else 08:15–09:44.
fn arrival(day: NaiveDate, early: bool, draw: &mut Draw) -> NaiveDateTime {
    let minutes = if early { 7 * 60 + 45 + draw.below(40) } else { 8 * 60 + 15 + draw.below(90) };
    let time = NaiveTime::from_num_seconds_from_midnight_opt(u32::try_from(minutes * 60).unwrap_or(0), 0);
    day.and_time(time.unwrap_or_default())
}

/// The honorific of a person in a function.
fn title(woman: bool, position: &str, role: ParticipantRole, draw: &mut Draw) -> String {
    let plain = if woman { "Ms." } else { "Mr." };
    if position.starts_with("Ambassador") || position == "Minister" {
        format!("H.E. {plain}")
    } else if matches!(role, ParticipantRole::Expert | ParticipantRole::Trainer) && draw.chance(30) {
        "Dr.".to_owned()
    } else {
        plain.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_names_only_known_profiles_organisations_and_states() {
        let planner = Planner::load().unwrap();
        assert!(planner.keys().contains(&"W03".to_owned()));
    }
}
