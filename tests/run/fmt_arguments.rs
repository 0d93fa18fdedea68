// fmt::Arguments passed around: a logging helper taking format_args!, Display of
// Arguments, as_str, and write! into a Formatter from nested Display impls.
use std::fmt;

fn log(level: &str, args: fmt::Arguments) {
    match args.as_str() {
        Some(s) => println!("[{:<5}] (static) {}", level, s),
        None => println!("[{:<5}] {}", level, args),
    }
}

struct Celsius(i32);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "{}°F", self.0 * 9 / 5 + 32)
        } else {
            write!(f, "{}°C", self.0)
        }
    }
}

struct Reading {
    sensor: &'static str,
    temp: Celsius,
}

impl fmt::Display for Reading {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.sign_plus() {
            write!(f, "{}={} ({:#})", self.sensor, self.temp, self.temp)
        } else {
            write!(f, "{}={}", self.sensor, self.temp)
        }
    }
}

fn main() {
    log("info", format_args!("starting"));
    log("warn", format_args!("{} sensors, {} offline", 3, 1));
    let r = Reading { sensor: "attic", temp: Celsius(-4) };
    log("debug", format_args!("{} / {:+}", r, r));
    println!("{:#}", Celsius(100));
    let args = format_args!("{}{}", 1, 2);
    println!("{}|{:?}", args, args);
    print!("{}", format_args!("{}-{}\n", 'a', "b"));
    println!("{0}, {0:?}, {1:>3}, {1:<3}|", "same", 7);
}
