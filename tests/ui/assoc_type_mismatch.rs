struct Countdown(i64);

impl Iterator for Countdown {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0)
        }
    }
}

fn sum_all<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut s = 0;
    for x in it {
        s += x;
    }
    s
}

fn main() {
    let n = sum_all(Countdown(3)); //~ ERROR E0271
    println!("{}", n);
}
