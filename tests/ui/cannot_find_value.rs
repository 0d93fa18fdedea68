// use of a variable that was never declared
fn main() {
    let total = 10;
    println!("{}", totl + total); //~ ERROR E0425
}
