//! The order rule of a list of speakers, in one place: statements on behalf of groups first,
//! then States before observers and organisations, then by protocol level, and within a level
//! first come, first served (the inscription's time, then its id). Places are stored; a new
//! inscription takes the place before the first speaker not yet heard who comes after it by
//! this rule, so the secretariat's moves stay where it put them.

use chrono::{DateTime, Utc};

use crate::domain::{InscriptionState, SpeakerKind, SpeakerLevel};

/// What orders an inscription, from its stored columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct OrderKey {
    /// 0 for a statement on behalf of a group, 1 otherwise.
    group: u8,
    /// 0 for a State, 1 for an observer or organisation.
    kind: u8,
    /// The protocol level's rank, 0 highest.
    level: u8,
    /// When it was inscribed.
    at: DateTime<Utc>,
    /// Its id; a new inscription, not yet written, comes after every id.
    id: i32,
}

impl OrderKey {
    /// The key of an inscription (`id` `None` while it is being made).
    pub fn new(
        on_behalf_of_group: bool,
        kind: SpeakerKind,
        level: SpeakerLevel,
        at: DateTime<Utc>,
        id: Option<i32>,
    ) -> Self {
        Self {
            group: u8::from(!on_behalf_of_group),
            kind: match kind {
                SpeakerKind::State => 0,
                SpeakerKind::Observer => 1,
            },
            level: level.rank(),
            at,
            id: id.unwrap_or(i32::MAX),
        }
    }
}

/// An inscription already on the list, as the rule sees it.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// Its stored place.
    pub place: i32,
    /// Where it stands.
    pub state: InscriptionState,
    /// Its order key.
    pub key: OrderKey,
}

/// The stored place a new inscription takes among `list` (any order): before the first
/// speaker not yet heard, after the last one heard, whose key comes after `new`; otherwise
/// after every place. Rows at or after the returned place move down by one.
pub fn place_for(new: OrderKey, list: &[Placed]) -> i32 {
    let mut sorted: Vec<&Placed> = list.iter().collect();
    sorted.sort_by_key(|p| p.place);
    let last_heard = sorted.iter().filter(|p| p.state == InscriptionState::Spoke).map(|p| p.place).max();
    let before = sorted
        .iter()
        .filter(|p| p.state == InscriptionState::Inscribed)
        .filter(|p| last_heard.is_none_or(|h| p.place > h))
        .find(|p| p.key > new);
    match before {
        Some(p) => p.place,
        None => sorted.last().map_or(1, |p| p.place + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InscriptionState::{Inscribed, Spoke, Withdrawn};
    use SpeakerLevel::{HeadOfDelegation, Minister, Other};
    use chrono::TimeZone;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2007, 12, 10, 9, minute, 0).single().unwrap_or_default()
    }

    fn state(level: SpeakerLevel, minute: u32, id: i32) -> OrderKey {
        OrderKey::new(false, SpeakerKind::State, level, at(minute), Some(id))
    }

    /// Inscribes keys one after the other, as the store would, and returns the ids in place order.
    fn inscribe_all(keys: &[OrderKey]) -> Vec<i32> {
        let mut list: Vec<Placed> = Vec::new();
        for key in keys {
            let place = place_for(OrderKey { id: i32::MAX, ..*key }, &list);
            for p in list.iter_mut().filter(|p| p.place >= place) {
                p.place += 1;
            }
            list.push(Placed { place, state: Inscribed, key: *key });
        }
        list.sort_by_key(|p| p.place);
        list.iter().map(|p| p.key.id).collect()
    }

    #[test]
    fn groups_first_then_levels_then_first_come_first_served() {
        let group = OrderKey::new(true, SpeakerKind::State, HeadOfDelegation, at(9), Some(4));
        let observer = OrderKey::new(false, SpeakerKind::Observer, Minister, at(1), Some(1));
        let keys = [
            observer,
            state(Other, 2, 2),
            state(HeadOfDelegation, 3, 3),
            group,
            state(Minister, 10, 5),
            state(HeadOfDelegation, 11, 6),
        ];
        assert_eq!(inscribe_all(&keys), [4, 5, 3, 6, 2, 1]);
    }

    #[test]
    fn the_rule_agrees_with_sorting_by_key() {
        let levels = [Other, Minister, HeadOfDelegation, SpeakerLevel::HeadOfState];
        let keys: Vec<OrderKey> = (0..40)
            .map(|i| {
                OrderKey::new(i % 7 == 0, SpeakerKind::State, levels[(i * 3 % 4) as usize], at(i as u32), Some(i + 1))
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(inscribe_all(&keys), sorted.iter().map(|k| k.id).collect::<Vec<_>>());
    }

    #[test]
    fn a_new_speaker_never_goes_before_one_heard_nor_moves_a_secretariat_move() {
        // Place 1 spoke (a minister), place 2 is a head of delegation moved above a minister.
        let list = [
            Placed { place: 1, state: Spoke, key: state(Minister, 1, 1) },
            Placed { place: 2, state: Inscribed, key: state(HeadOfDelegation, 2, 2) },
            Placed { place: 3, state: Inscribed, key: state(Minister, 3, 3) },
            Placed { place: 4, state: Withdrawn, key: state(Minister, 4, 4) },
        ];
        // A new minister goes before the first later key not yet heard: the head of delegation.
        assert_eq!(place_for(OrderKey { id: i32::MAX, ..state(Minister, 9, 0) }, &list), 2);
        // A new group statement cannot go before the speaker already heard.
        let group = OrderKey::new(true, SpeakerKind::State, Other, at(9), None);
        assert_eq!(place_for(group, &list), 2);
        // A new "other" goes after everything, withdrawn places included.
        assert_eq!(place_for(OrderKey { id: i32::MAX, ..state(Other, 9, 0) }, &list), 5);
        assert_eq!(place_for(state(Other, 9, i32::MAX), &[]), 1);
    }
}
