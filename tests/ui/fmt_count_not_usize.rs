// a width taken from an argument must be a `usize`
fn main() {
    let columns: u8 = 12;
    println!("[{:>1$}]", "title", columns); //~ ERROR E0308
}
