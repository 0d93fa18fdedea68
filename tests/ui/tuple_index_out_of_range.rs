// accessing field .2 of a pair
fn main() {
    let pair = (1, 2);
    println!("{}", pair.2); //~ ERROR E0609
}
