// compound assignment to a function parameter that is not `mut`
fn bump(count: u32) -> u32 {
    count += 1; //~ ERROR E0384
    count
}

fn main() {
    println!("{}", bump(1));
}
