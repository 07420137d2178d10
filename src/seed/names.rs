//! The demo's people: names by naming tradition (`seeds/demo-names.toml`), drawn by a seeded
//! generator so that every run makes the same people.
//!
//! A [`Crowd`] is the people of one State in one line of work (its officials at the missions in
//! New York, its police…) or of one organisation. Its n-th woman and n-th man are always the
//! same: each sequence is drawn in order from a generator seeded with the crowd's name, so it
//! does not matter which events ask for whom, or in what order.

use std::collections::{HashMap, HashSet};

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use super::bad_seed;
use crate::error::Result;

const NAMES: &str = include_str!("../../seeds/demo-names.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesFile {
    pool: Vec<Pool>,
}

/// Names of one tradition and the States that use them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    key: String,
    language: String,
    states: Vec<String>,
    women: Vec<String>,
    men: Vec<String>,
    family: Vec<String>,
}

/// Every pool, and which pool each State's people are named from.
#[derive(Debug)]
pub struct Names {
    pools: Vec<Pool>,
    by_state: HashMap<String, usize>,
}

impl Names {
    /// Reads `seeds/demo-names.toml`; a State in two pools, or an empty list, is refused.
    pub fn load() -> Result<Self> {
        let file: NamesFile = toml::from_str(NAMES).map_err(|e| bad_seed("demo-names.toml", e))?;
        let mut by_state = HashMap::new();
        for (i, pool) in file.pool.iter().enumerate() {
            if pool.women.is_empty() || pool.men.is_empty() || pool.family.is_empty() {
                return Err(bad_seed("demo-names.toml", format!("pool {} lacks names", pool.key)));
            }
            if crate::i18n::Lang::from_tag(&pool.language).is_none() {
                return Err(bad_seed(
                    "demo-names.toml",
                    format!("pool {}: language ar, zh, en, fr, ru or es", pool.key),
                ));
            }
            for state in &pool.states {
                if by_state.insert(state.clone(), i).is_some() {
                    return Err(bad_seed("demo-names.toml", format!("{state} is in two pools")));
                }
            }
        }
        Ok(Self { pools: file.pool, by_state })
    }
}

/// A seeded generator of small choices: the same label gives the same draws on every run and
/// every machine (ChaCha8 is specified to the bit).
pub struct Draw(ChaCha8Rng);

impl Draw {
    /// The generator of `label`.
    pub fn new(label: &str) -> Self {
        // FNV-1a: a fixed, documented hash (std's hasher may change between Rust releases).
        let seed =
            label.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        Self(ChaCha8Rng::seed_from_u64(seed))
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { usize::try_from(self.0.next_u64() % n as u64).unwrap_or(0) }
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: u32, hi: u32) -> u32 {
        let (lo, hi) = (lo.min(hi), lo.max(hi));
        lo + u32::try_from(self.below(usize::try_from(hi - lo + 1).unwrap_or(1))).unwrap_or(0)
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < usize::try_from(percent).unwrap_or(100)
    }

    /// One of `items` (which must not be empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// One generated person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Address under a reserved `.example` domain (never delivered anywhere).
    pub email: String,
    /// Given name.
    pub given: String,
    /// Family name.
    pub family: String,
    /// Woman (else man).
    pub woman: bool,
    /// The language of their emails: one of the six codes.
    pub language: String,
}

/// Whose names a crowd draws on.
enum Source {
    /// One State's pool.
    State(usize),
    /// Any pool (an international organisation's staff).
    Any,
}

/// The people of one State in one line of work, or of one organisation (see the module).
pub struct Crowd {
    source: Source,
    domain: String,
    women: Sequence,
    men: Sequence,
}

struct Sequence {
    draw: Draw,
    people: Vec<Person>,
    taken: HashSet<String>,
}

/// The local part of an address: lower-case ASCII letters, digits and hyphens, names joined
/// by a dot (accents dropped: "Lefèvre" → "lefevre").
fn address_part(name: &str) -> String {
    // Letters that do not decompose into a base letter and an accent.
    let plain = name.replace('ı', "i").replace('ł', "l").replace('ø', "o").replace('đ', "d");
    plain.nfd().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>().to_ascii_lowercase()
}

impl Crowd {
    /// A State's people whose addresses end in `@{domain}.{iso3}.example`.
    pub fn of_state(names: &Names, iso3: &str, domain: &str) -> Result<Self> {
        let pool =
            *names.by_state.get(iso3).ok_or_else(|| bad_seed("demo-names.toml", format!("{iso3} is in no pool")))?;
        let domain = format!("{domain}.{}.example", iso3.to_ascii_lowercase());
        Ok(Self::new(Source::State(pool), domain))
    }

    /// An organisation's people, named from every tradition, at `@{domain}.example`.
    pub fn of_organisation(domain: &str) -> Self {
        Self::new(Source::Any, format!("{}.example", domain.replace('_', "-")))
    }

    fn new(source: Source, domain: String) -> Self {
        let sequence = |gender: &str| Sequence {
            draw: Draw::new(&format!("{domain}/{gender}")),
            people: Vec::new(),
            taken: HashSet::new(),
        };
        Self { source, women: sequence("women"), men: sequence("men"), domain }
    }

    /// The `n`-th woman (or man) of the crowd.
    pub fn nth(&mut self, names: &Names, woman: bool, n: usize) -> Person {
        let sequence = if woman { &mut self.women } else { &mut self.men };
        while sequence.people.len() <= n {
            let mut attempt = 0;
            let (given, family, local, language) = loop {
                let pool = match self.source {
                    Source::State(i) => &names.pools[i],
                    Source::Any => &names.pools[sequence.draw.below(names.pools.len())],
                };
                let given = sequence.draw.pick(if woman { &pool.women } else { &pool.men }).clone();
                let family = sequence.draw.pick(&pool.family).clone();
                let local = format!("{}.{}", address_part(&given), address_part(&family));
                if !sequence.taken.contains(&local) {
                    break (given, family, local, pool.language.clone());
                }
                // A name already in the crowd is drawn again; past a few tries a number tells
                // the namesakes apart.
                attempt += 1;
                if attempt == 8 {
                    let numbered = format!("{local}{}", sequence.people.len() + 1);
                    break (given, family, numbered, pool.language.clone());
                }
            };
            sequence.taken.insert(local.clone());
            sequence.people.push(Person { email: format!("{local}@{}", self.domain), given, family, woman, language });
        }
        sequence.people[n].clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_is_named_from_exactly_one_pool() {
        let names = Names::load().unwrap();
        let states: Vec<String> = crate::seed::member_states().unwrap().into_iter().map(|(iso3, _)| iso3).collect();
        assert_eq!(states.len(), 195);
        for iso3 in &states {
            assert!(names.by_state.contains_key(iso3), "{iso3}");
        }
        assert_eq!(names.by_state.len(), 195, "no pool names an unknown State");
    }

    #[test]
    fn a_crowd_is_the_same_people_whatever_is_asked_first() {
        let names = Names::load().unwrap();
        let mut a = Crowd::of_state(&names, "FRA", "mfa").unwrap();
        let mut b = Crowd::of_state(&names, "FRA", "mfa").unwrap();
        let late = a.nth(&names, true, 9);
        let early: Vec<Person> = (0..10).map(|n| b.nth(&names, true, n)).collect();
        assert_eq!(early[9], late);
        assert_eq!(a.nth(&names, true, 0), early[0]);
        assert_eq!(early[0].language, "fr");
        assert!(early[0].email.ends_with("@mfa.fra.example"));
        let addresses: HashSet<&str> = early.iter().map(|p| p.email.as_str()).collect();
        assert_eq!(addresses.len(), 10, "addresses are unique within a crowd");
    }

    #[test]
    fn addresses_are_plain_ascii() {
        assert_eq!(address_part("Lefèvre"), "lefevre");
        assert_eq!(address_part("de Vries"), "devries");
        assert_eq!(address_part("Al-Sayed"), "al-sayed");
        assert_eq!(address_part("Yılmaz"), "yilmaz");
        assert_eq!(address_part("José Antonio"), "joseantonio");
    }

    #[test]
    fn draws_are_fixed_by_their_label() {
        let mut a = Draw::new("W03");
        let mut b = Draw::new("W03");
        let xs: Vec<usize> = (0..20).map(|_| a.below(1000)).collect();
        let ys: Vec<usize> = (0..20).map(|_| b.below(1000)).collect();
        assert_eq!(xs, ys);
        let mut c = Draw::new("W02");
        assert_ne!(xs, (0..20).map(|_| c.below(1000)).collect::<Vec<_>>());
    }
}
