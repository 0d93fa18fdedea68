// std::process::exit(0) in the middle of a loop stops the program with success
fn main() {
    let mut n = 1u32;
    loop {
        println!("n = {}", n);
        if n > 100 {
            std::process::exit(0);
        }
        n *= 3;
    }
}
