// The demo `make` builds for the host and for aarch64: a little of everything tsrustc
// compiles today.
const LIMIT: u32 = 15;

fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    println!("Hello from tsrustc!");
    for i in 1..=LIMIT {
        let (word, is_word) = if i % 15 == 0 {
            ("FizzBuzz", true)
        } else if i % 3 == 0 {
            ("Fizz", true)
        } else if i % 5 == 0 {
            ("Buzz", true)
        } else {
            ("", false)
        };
        if is_word {
            print!("{} ", word);
        } else {
            print!("{} ", i);
        }
    }
    println!();
    println!("27 reaches 1 after {} Collatz steps", collatz_steps(27));
}
