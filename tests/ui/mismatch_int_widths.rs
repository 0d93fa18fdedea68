// integer types never convert implicitly: u32 assigned to a u64 binding
fn main() {
    let a: u32 = 5;
    let b: u64 = a; //~ ERROR E0308
    println!("{}", b);
}
