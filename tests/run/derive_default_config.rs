// A configuration with derived defaults, overridden field by field.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum LogLevel {
    Error,
    Warn,
    #[default]
    Info,
    Debug,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Limits {
    max_connections: u32,
    timeout_ms: u64,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: &'static str,
    verbose: bool,
    level: LogLevel,
    limits: Limits,
    retries: Option<u8>,
    ratio: (u16, u16),
}

fn describe(c: &Config) {
    println!("{} verbose={} level={:?} retries={:?}", c.name, c.verbose, c.level, c.retries);
}

fn main() {
    let base = Config::default();
    println!("{:?}", base);
    describe(&base);

    let custom = Config {
        name: "server",
        level: LogLevel::Debug,
        limits: Limits { max_connections: 64, ..Default::default() },
        retries: Some(3),
        ..Default::default()
    };
    describe(&custom);
    println!("{:#?}", custom.limits);
    println!("same as default: {}", custom == base);
    println!("levels: {:?} {:?} {:?}", LogLevel::Error, LogLevel::Warn, LogLevel::default());
    let n: u32 = Default::default();
    let t: (bool, char, i64) = Default::default();
    println!("{} {:?}", n, t);
}
