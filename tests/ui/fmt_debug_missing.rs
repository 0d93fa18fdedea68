// `{:?}` needs Debug, also inside write! to a String-free sink and format_args!
use std::fmt::Write;

struct Counter;

impl Write for Counter {
    fn write_str(&mut self, _s: &str) -> std::fmt::Result {
        Ok(())
    }
}

struct Config {
    verbose: bool,
}

fn main() {
    let c = Config { verbose: true };
    let mut out = Counter;
    let _ = write!(out, "{}", c.verbose);
    let _ = write!(out, "{:?}", c); //~ ERROR E0277
}
