// Stable Rust allows a const parameter only as a standalone argument, not inside a constant
// expression; and a const argument nothing determines cannot be inferred (E0284).
fn padded<const N: usize>() -> [u8; N + 1] { //~ ERROR generic parameters may not be used in const operations
    [0; N * 2] //~ ERROR generic parameters may not be used in const operations
}

fn capacity<const N: usize>() -> usize {
    N
}

fn pick<T: Default, const N: usize>() -> T {
    T::default()
}

fn main() {
    let cap = capacity(); //~ ERROR E0284
    let x: u8 = pick(); //~ ERROR E0284
    println!("{} {}", cap, x);
}
