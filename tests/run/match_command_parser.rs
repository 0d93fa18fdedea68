// A tiny command interpreter: commands are &str tokens matched against string literals,
// with guards, or-patterns and nested Option/Result-like enums for the outcome.

enum Outcome {
    Value(i64),
    Moved { dx: i64, dy: i64 },
    Quit,
    Error(&'static str),
}

struct Machine {
    acc: i64,
    x: i64,
    y: i64,
}

fn parse_num(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, start) = match b {
        [b'-', _, ..] => (true, 1),
        [] => return None,
        _ => (false, 0),
    };
    let mut n: i64 = 0;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => n = n * 10 + (d - b'0') as i64,
            _ => return None,
        }
        i += 1;
    }
    Some(if neg { -n } else { n })
}

impl Machine {
    fn run(&mut self, cmd: &str, arg: &str) -> Outcome {
        match (cmd, parse_num(arg)) {
            ("add" | "plus", Some(n)) => {
                self.acc += n;
                Outcome::Value(self.acc)
            }
            ("sub" | "minus", Some(n)) => {
                self.acc -= n;
                Outcome::Value(self.acc)
            }
            ("mul", Some(n)) => {
                self.acc *= n;
                Outcome::Value(self.acc)
            }
            ("div", Some(0)) => Outcome::Error("division by zero"),
            ("div", Some(n)) => {
                self.acc /= n;
                Outcome::Value(self.acc)
            }
            ("north" | "up", Some(n)) if n > 0 => self.step(0, n),
            ("south" | "down", Some(n)) if n > 0 => self.step(0, -n),
            ("east", Some(n)) => self.step(n, 0),
            ("west", Some(n)) => self.step(-n, 0),
            ("north" | "up" | "south" | "down", Some(_)) => Outcome::Error("steps must be positive"),
            ("reset", _) => {
                self.acc = 0;
                Outcome::Value(0)
            }
            ("quit" | "exit", _) => Outcome::Quit,
            (_, None) if !arg.is_empty() => Outcome::Error("not a number"),
            ("", _) => Outcome::Error("empty command"),
            _ => Outcome::Error("unknown command"),
        }
    }

    fn step(&mut self, dx: i64, dy: i64) -> Outcome {
        self.x += dx;
        self.y += dy;
        Outcome::Moved { dx, dy }
    }
}

fn main() {
    let script = [
        ("add", "5"),
        ("mul", "-3"),
        ("plus", "20"),
        ("div", "0"),
        ("div", "2"),
        ("north", "4"),
        ("up", "-1"),
        ("east", "7"),
        ("west", "x1"),
        ("jump", "3"),
        ("", ""),
        ("down", "2"),
        ("reset", ""),
        ("minus", "8"),
        ("exit", ""),
        ("add", "1"),
    ];
    let mut m = Machine { acc: 0, x: 0, y: 0 };
    for i in 0..script.len() {
        let (cmd, arg) = script[i];
        match m.run(cmd, arg) {
            Outcome::Value(v) => println!("{} {} -> acc = {}", cmd, arg, v),
            Outcome::Moved { dx, dy: 0 } => println!("{} {} -> moved {} horizontally, now at ({}, {})", cmd, arg, dx, m.x, m.y),
            Outcome::Moved { dx: _, dy } => println!("{} {} -> moved {} vertically, now at ({}, {})", cmd, arg, dy, m.x, m.y),
            Outcome::Error(e) => println!("{} {} -> error: {}", cmd, arg, e),
            Outcome::Quit => {
                println!("bye after {} commands", i + 1);
                break;
            }
        }
    }
}
