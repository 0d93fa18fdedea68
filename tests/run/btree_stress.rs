// Stress test for BTreeMap/BTreeSet: a few thousand inserts and removes in pseudo-random
// order (an LCG), checked after every round against a sorted Vec model: length, order in
// both directions, lookups, range queries with every kind of bound, pop_first/pop_last,
// split_off/append, and a drop counter to catch leaked or doubly dropped values.
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound::{self, Excluded, Included, Unbounded};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}

/// Position of `k` in the sorted model (Ok: present).
fn find(model: &[(u32, u64)], k: u32) -> Result<usize, usize> {
    let (mut lo, mut hi) = (0, model.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if model[mid].0 < k {
            lo = mid + 1;
        } else if model[mid].0 > k {
            hi = mid;
        } else {
            return Ok(mid);
        }
    }
    Err(lo)
}

fn check(map: &BTreeMap<u32, u64>, model: &[(u32, u64)], rng: &mut Lcg) -> bool {
    if map.len() != model.len() {
        println!("len {} != {}", map.len(), model.len());
        return false;
    }
    let fwd: Vec<(u32, u64)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    if fwd.as_slice() != model {
        println!("forward order differs");
        return false;
    }
    let mut back: Vec<(u32, u64)> = map.iter().rev().map(|(k, v)| (*k, *v)).collect();
    back.reverse();
    if back.as_slice() != model {
        println!("backward order differs");
        return false;
    }
    // Both ends at once.
    let mut it = map.iter();
    let (mut i, mut j) = (0, model.len());
    loop {
        let took = if (i + j) % 3 == 0 { it.next_back().map(|_| j -= 1) } else { it.next().map(|_| i += 1) };
        if took.is_none() {
            break;
        }
    }
    if i != j || it.len() != 0 {
        println!("double-ended walk met at {} / {}", i, j);
        return false;
    }
    for _ in 0..20 {
        let a = rng.next() % 5000;
        let b = a + rng.next() % 800;
        let bounds: [(Bound<u32>, Bound<u32>); 5] = [
            (Included(a), Excluded(b)),
            (Included(a), Included(b)),
            (Excluded(a), Included(b)),
            (Unbounded, Excluded(a)),
            (Excluded(b), Unbounded),
        ];
        for &(lo, hi) in bounds.iter() {
            if let (Excluded(x), Excluded(y)) = (lo, hi) {
                if x == y {
                    continue;
                }
            }
            let got: Vec<u32> = map.range((lo, hi)).map(|(k, _)| *k).collect();
            let want: Vec<u32> = model
                .iter()
                .map(|kv| kv.0)
                .filter(|k| {
                    (match lo { Included(x) => *k >= x, Excluded(x) => *k > x, Unbounded => true })
                        && (match hi { Included(y) => *k <= y, Excluded(y) => *k < y, Unbounded => true })
                })
                .collect();
            if got != want {
                println!("range {:?}..{:?}: got {} keys, want {}", lo, hi, got.len(), want.len());
                return false;
            }
            let mut got_rev: Vec<u32> = map.range((lo, hi)).rev().map(|(k, _)| *k).collect();
            got_rev.reverse();
            if got_rev != want {
                println!("reverse range differs");
                return false;
            }
        }
        let k = rng.next() % 5000;
        let expect = find(model, k).ok().map(|i| &model[i].1);
        if map.get(&k) != expect || map.contains_key(&k) != expect.is_some() {
            println!("lookup {} wrong", k);
            return false;
        }
    }
    true
}

/// Values alive right now: every Tracked counts itself in and out.
static mut LIVE: i64 = 0;

fn live() -> i64 {
    unsafe { LIVE }
}

struct Tracked {
    id: u32,
}

impl Tracked {
    fn new(id: u32) -> Tracked {
        unsafe { LIVE += 1 };
        Tracked { id }
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        unsafe { LIVE -= 1 };
    }
}

fn main() {
    let mut rng = Lcg(2024);
    let mut map: BTreeMap<u32, u64> = BTreeMap::new();
    let mut model: Vec<(u32, u64)> = Vec::new();
    let mut ok = true;
    let (mut inserts, mut replaced, mut removes, mut misses) = (0, 0, 0, 0);
    for round in 0..12 {
        // Growing rounds insert more than they remove, then the tree shrinks again.
        let insert_bias = if round < 7 { 75 } else { 20 };
        for _ in 0..700 {
            let k = rng.next() % 5000;
            if rng.next() % 100 < insert_bias {
                let v = (k as u64) * 1000 + round as u64;
                let old = map.insert(k, v);
                match find(&model, k) {
                    Ok(i) => {
                        ok &= old == Some(model[i].1);
                        model[i].1 = v;
                        replaced += 1;
                    }
                    Err(i) => {
                        ok &= old.is_none();
                        model.insert(i, (k, v));
                        inserts += 1;
                    }
                }
            } else {
                let old = map.remove(&k);
                match find(&model, k) {
                    Ok(i) => {
                        ok &= old == Some(model[i].1);
                        model.remove(i);
                        removes += 1;
                    }
                    Err(_) => {
                        ok &= old.is_none();
                        misses += 1;
                    }
                }
            }
        }
        ok &= check(&map, &model, &mut rng);
        println!("round {:>2}: {:>4} keys, first {:?}, last {:?}, ok {}", round, map.len(),
            map.first_key_value().map(|(k, _)| *k), map.last_key_value().map(|(k, _)| *k), ok);
    }
    println!("inserts {} replaced {} removes {} misses {}", inserts, replaced, removes, misses);

    // Drain from both ends.
    let mut from_front = 0;
    let mut from_back = 0;
    while !map.is_empty() {
        if rng.next() % 2 == 0 {
            let (k, _) = map.pop_first().unwrap();
            ok &= k == model.remove(0).0;
            from_front += 1;
        } else {
            let (k, _) = map.pop_last().unwrap();
            ok &= k == model.pop().unwrap().0;
            from_back += 1;
        }
        if map.len() % 97 == 0 {
            ok &= check(&map, &model, &mut rng);
        }
    }
    println!("popped {} from the front, {} from the back, empty {}, ok {}", from_front, from_back, model.is_empty(), ok);

    // Sequential and reverse-sequential bulk loads, split_off and append.
    let mut seq: BTreeMap<u32, u64> = (0..3000).map(|k| (k * 2, k as u64)).collect();
    let mut high = seq.split_off(&2001);
    println!("split: {} below, {} from {:?}", seq.len(), high.len(), high.keys().next());
    let mut odd: BTreeMap<u32, u64> = (0..1500).rev().map(|k| (k * 4 + 1, 0)).collect();
    seq.append(&mut high);
    seq.append(&mut odd);
    let keys: Vec<u32> = seq.keys().copied().collect();
    let sorted = keys.windows(2).all(|w| w[0] < w[1]);
    println!("merged {} keys, sorted {}, emptied {} {}", seq.len(), sorted, high.is_empty(), odd.is_empty());

    // A set built from duplicates, iterated from both ends.
    let set: BTreeSet<u32> = (0..4000).map(|_| rng.next() % 1000).collect();
    let mut want: Vec<u32> = Vec::new();
    for k in set.iter() {
        want.push(*k);
    }
    let mut back: Vec<u32> = set.iter().rev().copied().collect();
    back.reverse();
    println!("set of {} distinct, reversed matches {}", set.len(), back == want);

    // No value is leaked or dropped twice: by removal, by partial into_iter, by drop.
    {
        let mut owned: BTreeMap<u32, Tracked> = BTreeMap::new();
        for _ in 0..2500 {
            let k = rng.next() % 3000;
            owned.insert(k, Tracked::new(k));
        }
        println!("tracked live {} == len {}", live(), owned.len());
        let mut removed_ids = 0u64;
        for k in 0..1000 {
            if let Some(t) = owned.remove(&k) {
                removed_ids += t.id as u64;
            }
        }
        println!("after removes live {} == len {} (ids {})", live(), owned.len(), removed_ids);
        let mut it = owned.into_iter();
        let a = it.next().map(|(k, t)| k == t.id);
        let b = it.next_back().map(|(k, t)| k == t.id);
        println!("into_iter ends agree {:?} {:?}, live {}", a, b, live());
    }
    println!("all dropped: {}", live() == 0);
}
