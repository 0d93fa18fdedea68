// hexadecimal formatting exists for integers only
fn main() {
    let ready = true;
    println!("{:#x}", ready); //~ ERROR E0277
}
