// Two live mutable borrows of the same value
fn main() {
    let mut buf = String::from("ab");
    let a = &mut buf;
    let b = &mut buf; //~ ERROR E0499
    a.push('c');
    b.push('d');
}
