// Closures inside generic functions: they capture values of the type parameters, are passed
// on to other generic functions, and nest.

fn map_pair<T, U, F: Fn(T) -> U>(pair: (T, T), f: F) -> (U, U) {
    let (a, b) = pair;
    (f(a), f(b))
}

fn count_matching<T: Copy + PartialOrd>(items: &[T], limit: T) -> usize {
    let above = |x: &T| *x > limit;
    let mut n = 0;
    let mut i = 0;
    while i < items.len() {
        if above(&items[i]) {
            n += 1;
        }
        i += 1;
    }
    n
}

fn repeat_apply<T: Copy>(start: T, times: u32, step: impl Fn(T) -> T) -> T {
    let mut value = start;
    let mut apply = |n: u32| {
        let mut i = 0;
        while i < n {
            value = step(value);
            i += 1;
        }
    };
    apply(times);
    value
}

fn make_scaler<T: Copy + core::ops::Mul<Output = T>>(factor: T) -> impl Fn(T) -> T {
    move |x| x * factor
}

fn pick<T: Copy>(cond: bool, a: T, b: T) -> T {
    let choose = || if cond { a } else { b };
    choose()
}

fn nested<T: Copy>(x: T, y: T) -> (T, T) {
    let outer = |first: bool| {
        let inner = || if first { (x, y) } else { (y, x) };
        inner()
    };
    outer(false)
}

fn main() {
    let (a, b) = map_pair((3, 4), |n: i32| n * n);
    println!("squares: {} {}", a, b);
    let (c, d) = map_pair((1.5f64, 2.25), |v| v * 2.0);
    println!("doubled: {} {}", c, d);
    let (e, f) = map_pair((10u8, 20u8), |v| v > 15);
    println!("above 15: {} {}", e, f);

    let readings = [3.5, 7.25, 1.0, 9.75, 7.5];
    println!("{} readings above 7", count_matching(&readings, 7.0));
    println!("{} numbers above 2", count_matching(&[1, 2, 3, 4], 2));

    println!("doubling 1 ten times: {}", repeat_apply(1u32, 10, |v| v * 2));
    println!("halving 1000.0 three times: {}", repeat_apply(1000.0, 3, |v: f64| v / 2.0));

    let triple = make_scaler(3i64);
    let half = make_scaler(0.5f32);
    println!("triple(14) = {}, half(9) = {}", triple(14), half(9.0));

    println!("pick: {} {}", pick(true, 'x', 'y'), pick(false, 1u16, 2u16));
    let (p, q) = nested('a', 'b');
    println!("nested: {} {}", p, q);
}
