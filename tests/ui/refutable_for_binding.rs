// a `for` loop pattern must be irrefutable too
fn main() {
    let pairs = [(1u8, 1u8), (2, 0)];
    for (x, 1) in pairs.iter().copied() { //~ ERROR E0005
        println!("{}", x);
    }
}
