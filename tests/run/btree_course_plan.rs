// Course planning: prerequisites in a BTreeMap<String, BTreeSet<String>>, a topological
// order by Kahn's algorithm with a min-heap of ready courses (lexicographically smallest
// first, so the plan is deterministic), term-by-term schedules compared and deduplicated
// (sets and maps as keys of other sets and maps), and entry-based edits.
use std::cmp::Reverse;
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashSet};

type Catalog = BTreeMap<String, BTreeSet<String>>;

fn add(cat: &mut Catalog, course: &str, prereqs: &[&str]) {
    let entry = cat.entry(course.to_string()).or_default();
    for p in prereqs {
        entry.insert(p.to_string());
    }
    for p in prereqs {
        cat.entry(p.to_string()).or_insert_with(BTreeSet::new);
    }
}

/// Courses in an order that respects prerequisites, or the ones stuck in a cycle.
fn plan(cat: &Catalog) -> Result<Vec<String>, BTreeSet<String>> {
    let mut waiting: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unlocks: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (course, prereqs) in cat {
        waiting.insert(course.as_str(), prereqs.len());
        for p in prereqs {
            unlocks.entry(p.as_str()).or_default().push(course.as_str());
        }
    }
    let mut ready: BinaryHeap<Reverse<&str>> = BinaryHeap::new();
    for (c, n) in &waiting {
        if *n == 0 {
            ready.push(Reverse(*c));
        }
    }
    let mut order = Vec::new();
    while let Some(Reverse(c)) = ready.pop() {
        order.push(c.to_string());
        if let Some(next) = unlocks.get(c) {
            for n in next {
                let left = waiting.get_mut(n).unwrap();
                *left -= 1;
                if *left == 0 {
                    ready.push(Reverse(*n));
                }
            }
        }
    }
    if order.len() == cat.len() {
        Ok(order)
    } else {
        let done: BTreeSet<&str> = order.iter().map(|s| s.as_str()).collect();
        Err(cat.keys().filter(|k| !done.contains(k.as_str())).cloned().collect())
    }
}

/// Groups the plan into terms of at most `per_term` courses whose prerequisites were all
/// taken in earlier terms.
fn terms(cat: &Catalog, order: &[String], per_term: usize) -> BTreeMap<u32, BTreeSet<String>> {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut out: BTreeMap<u32, BTreeSet<String>> = BTreeMap::new();
    let mut left: Vec<&String> = order.iter().collect();
    let mut term = 1;
    while !left.is_empty() {
        let mut this: BTreeSet<String> = BTreeSet::new();
        let mut rest = Vec::new();
        for c in left {
            if this.len() < per_term && cat[c].is_subset(&taken) {
                this.insert(c.clone());
            } else {
                rest.push(c);
            }
        }
        taken.extend(this.iter().cloned());
        out.insert(term, this);
        left = rest;
        term += 1;
    }
    out
}

fn main() {
    let mut cat: Catalog = BTreeMap::new();
    add(&mut cat, "algorithms", &["data-structures", "discrete-math"]);
    add(&mut cat, "data-structures", &["intro-programming"]);
    add(&mut cat, "compilers", &["algorithms", "theory-of-computation", "systems"]);
    add(&mut cat, "systems", &["data-structures", "architecture"]);
    add(&mut cat, "architecture", &["digital-logic"]);
    add(&mut cat, "theory-of-computation", &["discrete-math"]);
    add(&mut cat, "databases", &["data-structures"]);
    add(&mut cat, "machine-learning", &["linear-algebra", "algorithms", "probability"]);
    println!("{} courses", cat.len());
    for (c, p) in &cat {
        println!("  {:<22} <- {:?}", c, p);
    }

    let order = plan(&cat).unwrap();
    println!("plan: {}", order.join(", "));
    let schedule = terms(&cat, &order, 3);
    for (t, cs) in &schedule {
        println!("term {}: {:?}", t, cs);
    }
    let looser = terms(&cat, &order, 4);
    let tighter = terms(&cat, &order, 2);
    println!("terms with 2/3/4 per term: {} {} {}", tighter.len(), schedule.len(), looser.len());
    println!("3-per-term vs 4-per-term: {:?}", schedule.cmp(&looser));

    // Deduplicate schedules: maps of sets hash and compare by content.
    let mut seen: HashSet<BTreeMap<u32, BTreeSet<String>>> = HashSet::new();
    for k in 1..=6 {
        seen.insert(terms(&cat, &order, k));
    }
    println!("distinct schedules for 1..=6 per term: {}", seen.len());
    let mut by_length: BTreeSet<(usize, BTreeSet<String>)> = BTreeSet::new();
    for s in seen.iter() {
        let (_, first_term) = s.first_key_value().unwrap();
        by_length.insert((s.len(), first_term.clone()));
    }
    println!("shortest: {:?}", by_length.first());

    // Edits through entries.
    match cat.entry("probability".to_string()) {
        Entry::Occupied(mut e) => {
            e.get_mut().insert("calculus".to_string());
            println!("{:?}", e);
        }
        Entry::Vacant(e) => println!("{:?}", e),
    }
    let e = cat.entry("quantum".to_string());
    println!("{:?} key {}", e, e.key());
    cat.entry("calculus".to_string()).or_default();
    if let Some(mut first) = cat.first_entry() {
        println!("first course {} needs {}", first.key(), first.get().len());
        first.get_mut().insert("motivation".to_string());
    }
    if let Some(last) = cat.last_entry() {
        let (name, prereqs) = last.remove_entry();
        println!("dropping last course {} ({:?})", name, prereqs);
    }
    let before = cat.len();
    cat.retain(|_, prereqs| !prereqs.contains("motivation"));
    println!("retain removed {} course(s)", before - cat.len());

    // Courses whose prerequisites form a cycle or were dropped can never be taken.
    add(&mut cat, "discrete-math", &["algorithms"]);
    match plan(&cat) {
        Ok(o) => println!("unexpected plan {:?}", o),
        Err(stuck) => println!("cannot schedule: {:?}", stuck),
    }
    let prereq_counts: Vec<usize> = cat.values().map(|s| s.len()).collect();
    let heaviest = cat.iter().max_by_key(|(_, s)| s.len()).map(|(c, _)| c.clone());
    println!("prerequisite counts {:?}, heaviest {:?}", prereq_counts, heaviest);
    let all: BTreeSet<String> = cat.into_values().flat_map(|set| set.into_iter()).collect();
    println!("{} distinct prerequisites, first {:?}, last {:?}", all.len(), all.first(), all.last());
}
