// panic!, unreachable! and assert! with format arguments (Rust 2021 format strings).
fn divide(a: i32, b: i32) -> i32 {
    assert!(b != 0, "cannot divide {} by zero", a);
    a / b
}

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        0..=79 => 'C',
        _ => unreachable!("score {} is out of range (max {max})", score, max = 100),
    }
}

fn main() {
    println!("{}", divide(10, 3));
    println!("{} {} {}", grade(95), grade(85), grade(12));
    let width = 6;
    let label = "total";
    if divide(7, 7) == 1 {
        panic!("{label:>width$}: {:?} {{braces}} {:#x}", (1, 'x'), 255);
    }
}
