// A String moved into another variable cannot be used afterwards.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;

    println!("{}, world!", s1); //~ ERROR E0382
    println!("{}", s2);
}
