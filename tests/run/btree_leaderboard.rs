// A game leaderboard: players ordered by (score descending, name) in a BTreeSet of
// (Reverse<score>, name) pairs, with a BTreeMap from name to current score to move players
// when their score changes. Range queries answer "who is in the top N / in a score band",
// and set operations compare the rosters of two rounds.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound::{Excluded, Included, Unbounded};

struct Board {
    ranking: BTreeSet<(Reverse<u32>, String)>,
    scores: BTreeMap<String, u32>,
}

impl Board {
    fn new() -> Board {
        Board { ranking: BTreeSet::new(), scores: BTreeMap::new() }
    }

    fn record(&mut self, name: &str, points: u32) {
        let old = self.scores.get(name).copied();
        if let Some(old) = old {
            let was_there = self.ranking.remove(&(Reverse(old), name.to_string()));
            assert!(was_there);
        }
        let new = old.unwrap_or(0) + points;
        self.scores.insert(name.to_string(), new);
        self.ranking.insert((Reverse(new), name.to_string()));
    }

    fn top(&self, n: usize) -> Vec<String> {
        self.ranking.iter().take(n).map(|(Reverse(s), name)| format!("{}:{}", name, s)).collect()
    }

    /// Players with a score in lo..=hi, best first.
    fn band(&self, lo: u32, hi: u32) -> Vec<&str> {
        let from = (Reverse(hi), String::new());
        let to = (Reverse(lo), "\u{10ffff}".to_string());
        self.ranking.range(from..=to).map(|(_, n)| n.as_str()).collect()
    }
}

fn roster<'a, I: Iterator<Item = &'a &'static str>>(names: I) -> String {
    let mut out = String::new();
    for n in names {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(n);
    }
    out
}

fn main() {
    let mut board = Board::new();
    let rounds: [(&str, u32); 18] = [
        ("ada", 30), ("bob", 25), ("cyd", 40), ("dee", 25), ("eve", 10), ("fay", 55),
        ("gus", 5), ("hal", 35), ("ivy", 20), ("ada", 20), ("bob", 30), ("eve", 45),
        ("gus", 15), ("jon", 50), ("kim", 40), ("lou", 25), ("mo", 60), ("ned", 0),
    ];
    for (name, pts) in rounds.iter() {
        board.record(name, *pts);
    }
    println!("players: {}", board.ranking.len());
    println!("top 5: {:?}", board.top(5));
    println!("40..=55: {:?}", board.band(40, 55));
    println!("0..=20: {:?}", board.band(0, 20));
    let (Reverse(best), leader) = board.ranking.first().unwrap();
    println!("leader {} with {}", leader, best);
    let (Reverse(worst), last) = board.ranking.last().unwrap();
    println!("last {} with {}", last, worst);

    // Names alphabetically in a range, from the map.
    let mid: Vec<&String> = board.scores.range::<String, _>((Excluded(&"cyd".to_string()), Included(&"hal".to_string()))).map(|(k, _)| k).collect();
    println!("after cyd up to hal: {:?}", mid);
    let from_k: Vec<(&String, &u32)> = board.scores.range::<String, _>((Included("k".to_string()), Unbounded::<String>)).collect();
    println!("k..: {:?}", from_k);

    // Rosters of two rounds.
    let round1: BTreeSet<&str> = vec!["ada", "bob", "cyd", "dee", "eve", "fay", "gus"].into_iter().collect();
    let round2: BTreeSet<&str> = vec!["eve", "fay", "gus", "hal", "ivy", "jon", "ada"].into_iter().collect();
    println!("round1 {:?}", round1);
    println!("both: {}", roster(round1.intersection(&round2)));
    println!("either: {}", roster(round1.union(&round2)));
    println!("dropped out: {}", roster(round1.difference(&round2)));
    println!("joined: {}", roster(round2.difference(&round1)));
    println!("one round only: {}", roster(round1.symmetric_difference(&round2)));
    let mut it = round1.union(&round2);
    let (lo, hi) = it.size_hint();
    let third = it.nth(2);
    println!("union size hint {}..{:?}, third {:?}, then {}", lo, hi, third, roster(it));
    println!("subset? {} disjoint? {}", round1.is_subset(&round2), round1.is_disjoint(&round2));
    let veterans: BTreeSet<&str> = &round1 & &round2;
    println!("veterans {:?} superset of [ada]? {}", veterans, veterans.is_superset(&vec!["ada"].into_iter().collect()));
    let everyone = &round1 | &round2;
    println!("everyone {} first {:?} last {:?}", everyone.len(), everyone.first(), everyone.last());

    // Eliminate the bottom three, then crown the top.
    let mut ranking = board.ranking.clone();
    for _ in 0..3 {
        let (Reverse(s), n) = ranking.pop_last().unwrap();
        println!("eliminated {} ({})", n, s);
    }
    let (Reverse(s), n) = ranking.pop_first().unwrap();
    println!("champion {} ({}), {} left", n, s, ranking.len());
    println!("still ranked: {}", ranking.contains(&(Reverse(40), "kim".to_string())));
    let numbers: BTreeSet<u32> = board.scores.values().copied().collect();
    println!("distinct scores {:?}", numbers);
    let high: BTreeSet<u32> = numbers.range(40..).copied().collect();
    let low: Vec<u32> = numbers.range(..=25).rev().copied().collect();
    println!("high {:?} low-desc {:?}", high, low);
    let mut evens = numbers.clone();
    evens.retain(|s| s % 10 == 0);
    println!("multiples of ten {:?} == {}", evens, evens == high);
}
