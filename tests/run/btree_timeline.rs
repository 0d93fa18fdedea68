// An event timeline keyed by timestamp: a BTreeMap<u32, Vec<Event>> answers "what happened
// between t1 and t2", "what was the last event before t", and "what comes next after t"
// with range queries; windows are edited in place with range_mut, the log is split into
// archive and live parts with split_off and merged back with append.
use std::collections::BTreeMap;
use std::ops::Bound;

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Login,
    Logout,
    Error(u16),
    Deploy(String),
}

#[derive(Debug, Clone, PartialEq)]
struct Event {
    user: &'static str,
    kind: Kind,
}

struct Timeline {
    events: BTreeMap<u32, Vec<Event>>,
}

impl Timeline {
    fn add(&mut self, t: u32, user: &'static str, kind: Kind) {
        self.events.entry(t).or_insert_with(Vec::new).push(Event { user, kind });
    }

    fn between(&self, from: u32, to: u32) -> Vec<(u32, &Event)> {
        let mut out = Vec::new();
        for (t, evs) in self.events.range(from..to) {
            for e in evs {
                out.push((*t, e));
            }
        }
        out
    }

    fn last_before(&self, t: u32) -> Option<(&u32, &Vec<Event>)> {
        self.events.range(..t).next_back()
    }

    fn next_after(&self, t: u32) -> Option<(&u32, &Vec<Event>)> {
        let after: (Bound<u32>, Bound<u32>) = (Bound::Excluded(t), Bound::Unbounded);
        self.events.range(after).next()
    }

    fn errors_in(&self, from: u32, to: u32) -> usize {
        self.events
            .range(from..=to)
            .map(|(_, evs)| evs.iter().filter(|e| matches!(e.kind, Kind::Error(_))).count())
            .sum()
    }
}

fn main() {
    let mut tl = Timeline { events: BTreeMap::new() };
    let mut seed = 17u32;
    let users = ["ana", "ben", "cho", "dev"];
    for i in 0..60u32 {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345) % 2147483648;
        let t = (seed >> 8) % 1000;
        let user = users[(seed % 4) as usize];
        let kind = match i % 5 {
            0 => Kind::Login,
            1 => Kind::Logout,
            2 => Kind::Error(400 + (seed % 7) as u16),
            3 => Kind::Deploy(format!("v1.{}", i)),
            _ => Kind::Login,
        };
        tl.add(t, user, kind);
    }
    println!("{} timestamps, first {:?}, last {:?}", tl.events.len(), tl.events.keys().next(), tl.events.keys().next_back());

    for (t, e) in tl.between(200, 320) {
        println!("  {:>4} {:<4} {:?}", t, e.user, e.kind);
    }
    println!("last before 500: {:?}", tl.last_before(500));
    println!("next after 500: {:?}", tl.next_after(500));
    println!("next after 999: {:?}", tl.next_after(999));
    println!("errors in [0, 499]: {}, [500, 999]: {}", tl.errors_in(0, 499), tl.errors_in(500, 999));

    // Every deploy from the newest backwards.
    let mut deploys = Vec::new();
    for (t, evs) in tl.events.iter().rev() {
        for e in evs.iter() {
            if let Kind::Deploy(v) = &e.kind {
                deploys.push(format!("{}@{}", v, t));
            }
        }
    }
    println!("deploys newest first: {}", deploys.join(" "));

    // Redact the users of a window in place.
    for (_, evs) in tl.events.range_mut(600..700) {
        for e in evs.iter_mut() {
            e.user = "***";
        }
    }
    let redacted: Vec<String> = tl.between(600, 700).iter().map(|(t, e)| format!("{}:{}", t, e.user)).collect();
    println!("redacted: {:?}", redacted);

    // Archive everything before 400; the live log keeps the rest.
    let mut live = tl.events.split_off(&400);
    let archive = std::mem::replace(&mut tl.events, BTreeMap::new());
    println!("archive {} [{:?}..{:?}], live {} [{:?}..{:?}]",
        archive.len(), archive.first_key_value().map(|(k, _)| *k), archive.last_key_value().map(|(k, _)| *k),
        live.len(), live.first_key_value().map(|(k, _)| *k), live.last_key_value().map(|(k, _)| *k));

    // Per-user counts over the live part.
    let mut per_user: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for evs in live.values() {
        for e in evs {
            let c = per_user.entry(e.user).or_insert((0, 0));
            c.0 += 1;
            if let Kind::Error(_) = e.kind {
                c.1 += 1;
            }
        }
    }
    println!("live per user (events, errors): {:?}", per_user);

    // Drop old errors from the archive, then merge it back.
    let mut archive = archive;
    for evs in archive.values_mut() {
        evs.retain(|e| !matches!(e.kind, Kind::Error(_)));
    }
    archive.retain(|_, evs| !evs.is_empty());
    let before = archive.len() + live.len();
    live.append(&mut archive);
    println!("merged {} (was {}), archive now empty: {}", live.len(), before, archive.is_empty());
    let mut it = live.iter();
    let firsts: Vec<u32> = it.by_ref().take(3).map(|(t, _)| *t).collect();
    let lasts: Vec<u32> = it.rev().take(3).map(|(t, _)| *t).collect();
    println!("first three {:?} last three {:?}", firsts, lasts);
    while let Some((t, evs)) = live.pop_first() {
        if t >= 100 {
            live.insert(t, evs);
            break;
        }
    }
    let (t_last, _) = live.pop_last().unwrap();
    println!("trimmed: {} entries from {:?}, dropped {}", live.len(), live.keys().next(), t_last);
    let copy = live.clone();
    println!("clone equal: {}", copy == live);
    let count: usize = live.into_iter().map(|(_, evs)| evs.len()).sum();
    println!("events left: {}", count);
}
