// std::process::exit with a non-zero code after printing to stdout (including an unterminated line) and stderr
fn check(n: i32) -> i32 {
    if n > 3 {
        eprintln!("error: {} is too large", n);
        std::process::exit(3);
    }
    n * 10
}

fn main() {
    let mut total = 0;
    for i in 0..10 {
        total += check(i);
        println!("total = {}", total);
    }
    print!("never reached");
}
