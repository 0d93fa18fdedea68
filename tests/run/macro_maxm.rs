// maxm!/minm! with repetitions: recursive rules over comma-separated expressions, each argument evaluated once
macro_rules! maxm {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+ $(,)?) => {{
        let first = $x;
        let rest = maxm!($($rest),+);
        if first > rest { first } else { rest }
    }};
}

macro_rules! minm {
    ($x:expr $(, $rest:expr)* $(,)?) => {{
        let mut m = $x;
        $(
            let r = $rest;
            if r < m { m = r; }
        )*
        m
    }};
}

static mut CALLS: u32 = 0;

fn noisy(v: i64) -> i64 {
    unsafe { CALLS += 1; }
    v
}

fn main() {
    println!("{}", maxm!(3));
    println!("{}", maxm!(1, 9, 4));
    println!("{}", maxm!(-5i64, -2, -8, -3,));
    println!("{}", minm!(7, 3, 9, 1, 5));
    println!("{}", minm!(42u8, 200));
    let a = 10;
    let b = 20;
    println!("{}", maxm!(a * 2, b + 1, a + b - 15));
    println!("{}", maxm!(noisy(4), noisy(11), noisy(2)));
    println!("calls: {}", unsafe { CALLS });
    let widest = maxm!(minm!(3, 8), minm!(6, 9, 7), minm!(1, 2));
    println!("max of mins: {}", widest);
    println!("{}", maxm!('a', 'z', 'm') as u32);
    println!("{}", maxm!(true, false));
}
