// destructuring a 3-tuple with a 2-element pattern
fn main() {
    let (a, b) = (1, 2, 3); //~ ERROR E0308
    println!("{} {}", a, b);
}
