// Trait methods on integer and float literals whose type is not fixed yet: `Ord::cmp`,
// `Ord::max`/`min`, `ToString`, `PartialOrd::partial_cmp`, `Clone`, `Into`; the literal takes
// its type from later use or falls back to i32/f64. Inherent methods work once the type is
// known from elsewhere (`x.pow(3)` after `let y: u64 = x`).
use std::cmp::Ordering;

fn grade(score: u32) -> &'static str {
    match score.cmp(&50) {
        Ordering::Less => "fail",
        Ordering::Equal => "borderline",
        Ordering::Greater => "pass",
    }
}

fn clamp_all(values: &mut Vec<i64>, lo: i64, hi: i64) {
    for v in values.iter_mut() {
        *v = (*v).max(lo).min(hi);
    }
}

fn main() {
    let order = 3.cmp(&5);
    let label = 1.to_string() + &2.to_string();
    let bigger = 7.max(3);
    let smaller = 7.min(3);
    println!("{:?} {} {} {}", order, label, bigger, smaller);

    let ratio = 0.75.partial_cmp(&0.5);
    let copy = 42.clone();
    println!("{:?} {}", ratio, copy);

    let wide: i64 = 5.into();
    let as_float: f64 = 2.into();
    println!("{} {}", wide * 3, as_float / 4.0);

    let x = 2;
    let y: u64 = x;
    println!("{} {}", x.pow(10), y.count_ones());

    for &s in [10, 50, 90].iter() {
        println!("{} -> {}", s, grade(s));
    }
    let mut readings = vec![-20, 5, 130, 64];
    clamp_all(&mut readings, 0, 100);
    println!("{:?}", readings);
    let mut ranked = vec![(2, "b"), (1, "a"), (3, "c")];
    ranked.sort_by(|a, b| b.0.cmp(&a.0));
    println!("{:?}", ranked);
    let total = 100.to_string().len() + 3.5.to_string().len();
    println!("{}", total);
}
