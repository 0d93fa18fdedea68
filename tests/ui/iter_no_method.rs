struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0)
        }
    }
}

fn main() {
    let c = Countdown(3);
    let n = c.frobnicate(); //~ ERROR E0599
    println!("{}", n);
}
