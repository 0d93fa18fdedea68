// Generic functions taking closures, fn items and fn pointers through Fn, FnMut and FnOnce
// bounds (inline bounds, where clauses and `impl Fn` arguments).

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn apply_to_pair<F>(f: F, pair: (u8, u8)) -> (u8, u8)
where
    F: Fn(u8) -> u8,
{
    (f(pair.0), f(pair.1))
}

fn consume_once<F: FnOnce() -> u64>(f: F) -> u64 {
    f()
}

fn fold_range(from: i64, to: i64, init: i64, f: impl Fn(i64, i64) -> i64) -> i64 {
    let mut acc = init;
    let mut i = from;
    while i <= to {
        acc = f(acc, i);
        i += 1;
    }
    acc
}

fn double(x: i32) -> i32 {
    x * 2
}

fn square(x: i32) -> i32 {
    x * x
}

fn pick(square_it: bool) -> fn(i32) -> i32 {
    if square_it { square } else { double }
}

fn main() {
    let offset = 7;
    println!("closure: {}", apply_twice(|x| x + offset, 1));
    println!("fn item: {}", apply_twice(double, 3));
    println!("fn pointer: {}", apply_twice(pick(true), 3));
    let f: fn(i32) -> i32 = pick(false);
    println!("fn pointer variable: {}", apply_twice(f, 5));

    let (a, b) = apply_to_pair(|v| v * 3 + 1, (10, 50));
    println!("pair: ({}, {})", a, b);

    let big = [1u64, 2, 3, 4];
    let sum = consume_once(move || big[0] + big[1] + big[2] + big[3]);
    println!("sum of moved array: {}", sum);

    let factorial = fold_range(1, 10, 1, |acc, i| acc * i);
    let triangular = fold_range(1, 100, 0, |acc, i| acc + i);
    println!("10! = {}, T(100) = {}", factorial, triangular);

    let max = fold_range(-3, 3, -1_000_000, |acc, i| {
        let v = i * i - 2 * i;
        if v > acc { v } else { acc }
    });
    println!("max of x^2 - 2x on [-3, 3] = {}", max);
}
