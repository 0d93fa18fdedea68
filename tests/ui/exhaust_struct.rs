// a struct pattern that only handles one value of a field
struct Config {
    verbose: bool,
    level: u8,
}

fn show(c: Config) -> u8 {
    match c { //~ ERROR E0004
        Config { verbose: true, level } => level,
    }
}

fn main() {
    let _ = show(Config { verbose: false, level: 1 });
}
