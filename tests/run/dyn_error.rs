// Box<dyn Error> the way the Rust Book uses it: ? converting errors, messages as errors,
// Display/Debug/to_string through the trait object, and the default source().
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError {
    field: &'static str,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "missing field `{}`", self.field)
    }
}

impl Error for ConfigError {}

fn parse_port(s: &str) -> Result<u16, Box<dyn Error>> {
    if s.is_empty() {
        let e: Box<dyn Error> = From::from("empty port");
        return Err(e);
    }
    let n: u16 = s.parse()?;
    if n < 1024 {
        return Err(Box::new(ConfigError { field: "privileged port" }));
    }
    Ok(n)
}

fn run(inputs: &[&str]) -> Result<u32, Box<dyn Error>> {
    let mut total = 0u32;
    for s in inputs {
        total += parse_port(s)? as u32;
    }
    Ok(total)
}

fn main() {
    for &s in ["8080", "", "abc", "80", "70000"].iter() {
        match parse_port(s) {
            Ok(p) => println!("{:?} -> port {}", s, p),
            Err(e) => println!("{:?} -> error: {} / {:?}", s, e, e.to_string()),
        }
    }
    match run(&["3000", "4000"]) {
        Ok(t) => println!("total {}", t),
        Err(e) => println!("error {}", e),
    }
    if let Err(e) = run(&["3000", "x"]) {
        println!("run failed: {}", e);
    }
    let boxed: Box<dyn Error> = Box::new(ConfigError { field: "name" });
    println!("{} / {:?} / source: {}", boxed, boxed, boxed.source().is_none());
}
