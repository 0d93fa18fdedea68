// mutual recursion: is_even/is_odd, Hofstadter female/male sequences, a ping/pong pair transforming a u64
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn female(n: u32) -> u32 {
    if n == 0 { 1 } else { n - male(female(n - 1)) }
}

fn male(n: u32) -> u32 {
    if n == 0 { 0 } else { n - female(male(n - 1)) }
}

// ping and pong bounce a value, each transforming it differently
fn ping(x: u64, depth: u32) -> u64 {
    if depth == 0 { x } else { pong(x * 3 + 1, depth - 1) }
}

fn pong(x: u64, depth: u32) -> u64 {
    if depth == 0 { x } else { ping(x / 2, depth - 1) }
}

fn main() {
    println!("is_even(10) = {}, is_odd(10) = {}", is_even(10), is_odd(10));
    println!("is_even(7777) = {}", is_even(7777));
    print!("F:");
    for n in 0..15 {
        print!(" {}", female(n));
    }
    println!();
    print!("M:");
    for n in 0..15 {
        print!(" {}", male(n));
    }
    println!();
    println!("ping(7, 40) = {}", ping(7, 40));
}
