// Macros in pattern and type positions: generated match arms, range and or-patterns, tuple types and array types built by macros
macro_rules! small { () => { 0..=9 }; }
macro_rules! vowel { () => { 'a' | 'e' | 'i' | 'o' | 'u' }; }
macro_rules! pair_of { ($t:ty) => { ($t, $t) }; }
macro_rules! arr { ($t:ty; $n:expr) => { [$t; $n] }; }
macro_rules! point_pat { ($x:pat, $y:pat) => { Point { x: $x, y: $y } }; }

struct Point { x: i32, y: i32 }

fn classify(n: u32) -> &'static str {
    match n {
        small!() => "small",
        10 | 20 | 30 => "round",
        _ => "other",
    }
}

fn is_vowel(c: char) -> bool {
    match c {
        vowel!() => true,
        _ => false,
    }
}

fn swap(p: pair_of!(i32)) -> pair_of!(i32) {
    (p.1, p.0)
}

fn sum(a: arr!(u16; 4)) -> u16 {
    a[0] + a[1] + a[2] + a[3]
}

fn where_is(p: Point) -> &'static str {
    match p {
        point_pat!(0, 0) => "origin",
        point_pat!(0, _) => "on y axis",
        point_pat!(_, 0) => "on x axis",
        point_pat!(_, _) => "elsewhere",
    }
}

fn main() {
    let ns = [3u32, 9, 10, 25, 30];
    for i in 0..5 {
        println!("{} is {}", ns[i], classify(ns[i]));
    }
    println!("{} {} {}", is_vowel('a'), is_vowel('m'), is_vowel('u'));
    let p: pair_of!(i32) = swap((1, 2));
    println!("{} {}", p.0, p.1);
    let a: arr!(u16; 4) = [1, 2, 3, 4];
    println!("{}", sum(a));
    println!("{}", where_is(Point { x: 0, y: 0 }));
    println!("{}", where_is(Point { x: 0, y: 5 }));
    println!("{}", where_is(Point { x: 3, y: 0 }));
    println!("{}", where_is(Point { x: 3, y: 4 }));
    let (x, y): pair_of!(u8) = (7, 8);
    println!("{}", x + y);
}
