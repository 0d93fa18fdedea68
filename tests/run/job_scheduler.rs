// A job scheduler: jobs ordered by priority, then deadline, then name (Ordering::then,
// then_with, reverse), a min-heap of deadlines, lexicographic comparison of iterators,
// and the min_by/max_by family over floats and keys.

use std::cmp::{self, Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, Clone, PartialEq)]
struct Job {
    name: String,
    priority: u8,
    deadline: u32,
    cost: f64,
}

impl Job {
    fn new(name: &str, priority: u8, deadline: u32, cost: f64) -> Job {
        Job { name: name.to_string(), priority, deadline, cost }
    }
}

fn schedule_order(a: &Job, b: &Job) -> Ordering {
    // Higher priority first, then earlier deadline, then name.
    b.priority
        .cmp(&a.priority)
        .then(a.deadline.cmp(&b.deadline))
        .then_with(|| a.name.cmp(&b.name))
}

fn main() {
    let mut jobs = vec![
        Job::new("backup", 2, 300, 12.5),
        Job::new("email", 5, 60, 0.75),
        Job::new("report", 5, 60, 3.25),
        Job::new("index", 1, 900, 40.0),
        Job::new("alerts", 9, 10, 0.5),
        Job::new("cleanup", 2, 120, 7.0),
    ];

    jobs.sort_by(schedule_order);
    for (slot, j) in jobs.iter().enumerate() {
        println!("{}: {:<8} p{} due {:>3} cost {:>5.2}", slot, j.name, j.priority, j.deadline, j.cost);
    }
    println!("sorted by schedule? {}", jobs.is_sorted_by(|a, b| schedule_order(a, b) != Ordering::Greater));
    println!("sorted by deadline? {}", jobs.is_sorted_by_key(|j| j.deadline));

    let mut reversed = jobs.clone();
    reversed.sort_by(|a, b| schedule_order(a, b).reverse());
    let names: Vec<&str> = reversed.iter().map(|j| j.name.as_str()).collect();
    println!("reverse order: {:?}", names);

    let cheapest = jobs.iter().min_by(|a, b| a.cost.partial_cmp(&b.cost).unwrap()).unwrap();
    let dearest = jobs.iter().max_by(|a, b| a.cost.total_cmp(&b.cost)).unwrap();
    let latest = jobs.iter().max_by_key(|j| j.deadline).unwrap();
    println!("cheapest={} dearest={} latest={}", cheapest.name, dearest.name, latest.name);

    let a = &jobs[1];
    let b = &jobs[2];
    println!(
        "min_by_key={} max_by={} min={} max={} clamp={}",
        cmp::min_by_key(a, b, |j| j.name.len()).name,
        cmp::max_by(a.deadline, b.deadline, |x, y| x.cmp(y)),
        cmp::min(a.priority, b.priority),
        cmp::max("pear", "apple"),
        250u32.clamp(10, 200)
    );

    let mut heap = BinaryHeap::new();
    for j in &jobs {
        heap.push(Reverse((j.deadline, j.name.clone())));
    }
    let mut by_deadline = Vec::new();
    while let Some(Reverse((due, name))) = heap.pop() {
        by_deadline.push(format!("{}@{}", name, due));
    }
    println!("{}", by_deadline.join(" "));

    let ord = Ordering::Less;
    println!(
        "{:?} {:?} {} {} {} {} {} {}",
        ord.reverse(),
        Ordering::Equal.then(Ordering::Greater),
        ord.is_lt(),
        ord.is_le(),
        ord.is_gt(),
        ord.is_ge(),
        ord.is_eq(),
        ord.is_ne()
    );

    // Versions compared field by field with Iterator::cmp and friends.
    let v1 = [1, 4, 2];
    let v2 = [1, 10];
    println!(
        "{:?} {} {} {} {:?}",
        v1.iter().cmp(v2.iter()),
        v1.iter().lt(v2.iter()),
        v1.iter().eq([1, 4, 2].iter()),
        v1.iter().ne(v2.iter()),
        [1.0, f64::NAN].iter().partial_cmp([1.0, 2.0].iter())
    );
    let words = ["apple", "Banana", "cherry"];
    let mut sorted = words.to_vec();
    sorted.sort_by_cached_key(|w| w.to_lowercase());
    println!("{:?} {:?}", sorted, words.iter().map(|w| w.len()).rev().collect::<Vec<_>>());
    println!("{} {}", "abc".chars().ge("abd".chars()), "b".chars().gt("abc".chars()));
}
