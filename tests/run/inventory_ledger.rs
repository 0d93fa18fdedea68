// A warehouse ledger over the collections: maps and sets built from arrays, the entry
// API (and_modify/or_insert/or_default), retain, extend from pairs and borrowed pairs,
// into_keys/into_values, values_mut/iter_mut, remove_entry/get_key_value, and ranges
// printed and compared as values.

use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Move {
    In(u32),
    Out(u32),
}

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let prices: HashMap<&str, u32> = [("bolt", 12u32), ("nut", 4), ("gear", 250), ("belt", 90)].into();
    let mut stock: BTreeMap<&str, i64> = [("bolt", 100i64), ("gear", 3)].into();
    let moves = [("bolt", Move::Out(30)), ("nut", Move::In(500)), ("gear", Move::Out(3)), ("belt", Move::In(2)), ("nut", Move::Out(120)), ("bolt", Move::In(5))];

    for (item, mv) in moves {
        let delta = match mv {
            Move::In(n) => n as i64,
            Move::Out(n) => -(n as i64),
        };
        stock.entry(item).and_modify(|q| *q += delta).or_insert(delta);
    }
    println!("{:?}", stock);

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (item, _) in &moves {
        *counts.entry(*item).or_default() += 1;
    }
    let mut by_kind: BTreeMap<&str, Vec<Move>> = BTreeMap::new();
    for (item, mv) in moves {
        by_kind.entry(item).or_insert_with(Vec::new).push(mv);
    }
    println!("{:?}\n{:?}", sorted(&counts), by_kind);

    let value: u64 = stock.iter().map(|(k, &q)| q.max(0) as u64 * prices[k] as u64).sum();
    println!("stock value {}", value);
    stock.retain(|_, q| *q > 0);
    for q in stock.values_mut() {
        *q *= 10;
    }
    for (k, q) in stock.iter_mut() {
        if k.starts_with('b') {
            *q += 1;
        }
    }
    println!("{:?} first={:?} last={:?}", stock, stock.first_key_value(), stock.last_key_value());
    println!("{:?}", stock.get_key_value("nut"));
    let removed = stock.remove_entry("belt");
    println!("{:?} {}", removed, stock.contains_key("belt"));

    let mut reorder: HashMap<String, u32> = HashMap::new();
    reorder.extend([("gear".to_string(), 4), ("belt".to_string(), 10)]);
    reorder.extend(vec![("nut".to_string(), 50)]);
    let extra: BTreeMap<&str, i64> = [("washer", 7i64), ("pin", 2)].into();
    let mut merged = stock.clone();
    merged.extend(extra.iter().map(|(k, v)| (*k, *v)));
    merged.extend(&BTreeMap::from([("clip", 1i64)]));
    println!("{:?}\n{:?}", sorted(&reorder), merged);
    let mut names: Vec<String> = reorder.clone().into_keys().collect();
    names.sort();
    let mut qty: Vec<u32> = reorder.into_values().collect();
    qty.sort_unstable();
    println!("{:?} {:?} {:?}", names, qty, merged.into_keys().rev().take(2).collect::<Vec<_>>());

    let zone_a: HashSet<&str> = ["bolt", "nut", "gear"].into();
    let zone_b: HashSet<&str> = ["gear", "belt"].into();
    let mut both: Vec<&&str> = zone_a.intersection(&zone_b).collect();
    both.sort();
    let mut either: Vec<&str> = zone_a.union(&zone_b).copied().collect();
    either.sort();
    let ordered: BTreeSet<char> = ['q', 'a', 'm', 'a'].into();
    println!("{:?} {:?} {:?} {}", both, either, ordered, zone_a.contains("nut"));

    let mut queue: VecDeque<u32> = [3u32, 1, 4].into();
    queue.push_front(9);
    queue.rotate_left(1);
    let mut heap: BinaryHeap<u32> = [5u32, 1, 8, 3].into();
    heap.push(6);
    println!("{:?} {:?} {:?}", queue, heap.pop(), heap.into_sorted_vec());

    let shelf: Range<u32> = 10..20;
    let copy = shelf.clone();
    let bins = [0..5, 5..10, copy.clone()];
    println!("{:?} {:?} {} {} {:?} {:?}", shelf, bins, shelf == copy, shelf.contains(&15), (..=4), (3..).start);
    println!("{:?} {:?} {:?} {:02?}", 'a'..='f', (1.5..2.5), .., 7..9);
}
