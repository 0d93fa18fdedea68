// two independent errors: wrong argument count and `*` on bools
fn pick(a: u8, b: u8) -> u8 {
    if a > b { a } else { b }
}

fn main() {
    let x = pick(1, 2, 3); //~ ERROR E0061
    let y = true * false; //~ ERROR E0369
    println!("{} {}", x, y);
}
