// only u8 can be cast to char
fn main() {
    let code: u32 = 65;
    let c = code as char; //~ ERROR E0604
    println!("{}", c);
}
