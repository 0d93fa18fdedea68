// Statement-level lints: infinite `while true`, needless parentheses, statements whose value
// is dropped, code after `return`, and literals out of range.
#[must_use = "the parsed value should be checked"]
fn parse(s: &str) -> Option<u32> {
    s.parse().ok()
}

struct Counter {
    hits: u32,
}

impl Counter {
    #[must_use]
    fn bumped(&self) -> Counter {
        Counter { hits: self.hits + 1 }
    }
}

fn check(n: u32) -> Result<u32, String> {
    if (n > 10) {
        return Err(format!("{} is too big", n));
    }
    Ok(n)
}

fn first_even(values: &[u32]) -> u32 {
    let mut i = 0;
    while i < values.len() {
        if values[i] % 2 == 0 {
            return values[i];
        }
        i += 1;
    }
    return 0;
    println!("not reached");
}

fn main() {
    let counter = Counter { hits: 0 };
    let mut rounds = 0;
    while true {
        rounds += 1;
        if rounds == 3 {
            break;
        }
    }
    let total = (rounds * 2);
    check(total);
    parse("42");
    counter.bumped();
    counter;
    let label = String::from("done");
    label;
    let doubled = |x: u32| x * 2;
    doubled;
    |x: u32| x + 1;
    println!("{} {}", first_even(&[1, 4, 5]), total);
    let big: u8 = 300;
    println!("{}", big);
}
