// Closure-taking iterator adapters and consumers over ranges, slices and a custom iterator.
struct Collatz {
    n: u64,
    done: bool,
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.done {
            return None;
        }
        let v = self.n;
        if v == 1 {
            self.done = true;
        } else if v % 2 == 0 {
            self.n = v / 2;
        } else {
            self.n = 3 * v + 1;
        }
        Some(v)
    }
}

fn collatz(n: u64) -> Collatz {
    Collatz { n, done: false }
}

fn main() {
    let evens: u32 = (1..=20).filter(|x| x % 2 == 0).map(|x| x * x).sum();
    println!("sum of even squares {}", evens);

    let words = ["apple", "fig", "banana", "kiwi", "cherry"];
    let lens: usize = words.iter().map(|w| w.len()).fold(0, |a, b| a + b);
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    let shortest = words.iter().min_by_key(|w| w.len()).unwrap();
    println!("{} letters, longest {}, shortest {}", lens, longest, shortest);
    println!("any with k: {}, all lowercase: {}", words.iter().any(|w| w.starts_with('k')), words.iter().all(|w| w.len() > 2));
    println!("first long word: {:?}, at {:?}", words.iter().find(|w| w.len() > 5), words.iter().position(|w| w.len() > 5));

    let steps = collatz(27).count();
    let peak = collatz(27).max().unwrap();
    println!("collatz(27): {} steps, peak {}", steps, peak);
    print!("start of collatz(7):");
    collatz(7).take_while(|&v| v != 16).for_each(|v| print!(" {}", v));
    println!();
    print!("from 16 on:");
    for v in collatz(7).skip_while(|&v| v != 16) {
        print!(" {}", v);
    }
    println!();

    let running = [3, 1, 4, 1, 5, 9, 2, 6].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    });
    print!("running sums:");
    for r in running {
        print!(" {}", r);
    }
    println!();
    print!("pairs:");
    (1..4).flat_map(|a| (a..4).map(move |b| (a, b))).for_each(|p| print!(" {:?}", p));
    println!();

    let mut seen = 0;
    let odd_cubes: u64 = (1..=9u64).inspect(|_| seen += 1).filter(|n| n % 2 == 1).map(|n| n * n * n).sum();
    println!("odd cubes {} after seeing {}", odd_cubes, seen);
    let digits: u32 = [b'7', b'x', b'4', b' ', b'9'].iter().filter_map(|&c| if c >= b'0' && c <= b'9' { Some((c - b'0') as u32) } else { None }).sum();
    println!("digit sum {}", digits);
    let total = (1..=5).reduce(|a, b| a * b);
    println!("5! = {:?}, first square above 50: {:?}", total, (1..).map(|x| x * x).find(|&sq| sq > 50));
    let biggest_gap = [1, 4, 9, 10, 20, 21].windows(2).map(|w| w[1] - w[0]).max();
    println!("biggest gap {:?}", biggest_gap);
}
