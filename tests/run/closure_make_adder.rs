// Closures returned from functions as `impl Fn`, and closures built from other closures.

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(factor: i32) -> impl Fn(i32) -> i32 {
    move |x| x * factor
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut current = start;
    move || {
        let value = current;
        current += step;
        value
    }
}

fn apply_all(x: i32, fs: &[&dyn Fn(i32) -> i32]) -> i32 {
    let mut acc = x;
    let mut i = 0;
    while i < fs.len() {
        acc = fs[i](acc);
        i += 1;
    }
    acc
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("add5(1) = {}", add5(1));
    println!("add10(1) = {}", add10(1));

    let triple = make_multiplier(3);
    let add_then_triple = compose(make_adder(2), make_multiplier(3));
    println!("triple(7) = {}", triple(7));
    println!("add_then_triple(4) = {}", add_then_triple(4));

    let describe = compose(|n: i32| n % 2 == 0, |even: bool| if even { "even" } else { "odd" });
    println!("12 is {}, 7 is {}", describe(12), describe(7));

    let mut evens = make_counter(0, 2);
    let mut tens = make_counter(10, 10);
    println!("{} {} {}", evens(), evens(), evens());
    println!("{} {}", tens(), tens());

    let pipeline: [&dyn Fn(i32) -> i32; 3] = [&add5, &triple, &add10];
    println!("pipeline(1) = {}", apply_all(1, &pipeline));
}
