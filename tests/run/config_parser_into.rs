// A small INI-style config parser: section and key names become owned Strings through
// `.into()` and `String::from`, errors carry messages built with `.into()`, and values are
// converted to the types a setting wants (`u16::try_from`, `Box<str>`, `Vec<u8>`).
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(i64),
    Flag(bool),
}

impl From<&str> for Value {
    fn from(raw: &str) -> Value {
        if raw == "true" || raw == "false" {
            Value::Flag(raw == "true")
        } else if let Ok(n) = raw.parse::<i64>() {
            Value::Number(n)
        } else {
            Value::Text(raw.into())
        }
    }
}

#[derive(Debug)]
struct ParseError {
    line: usize,
    message: String,
}

impl ParseError {
    fn new(line: usize, message: impl Into<String>) -> ParseError {
        ParseError { line, message: message.into() }
    }
}

struct Config {
    sections: Vec<(String, HashMap<String, Value>)>,
}

impl Config {
    fn name(&self) -> String {
        "config".into()
    }

    fn get(&self, section: &str, key: &str) -> Option<&Value> {
        for (name, entries) in &self.sections {
            if name.as_str() == section {
                return entries.get(key);
            }
        }
        None
    }
}

fn parse(text: &str) -> Result<Config, ParseError> {
    let mut sections: Vec<(String, HashMap<String, Value>)> = Vec::new();
    let mut current: String = String::from("global");
    sections.push((current.clone(), HashMap::new()));
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            if !line.ends_with(']') {
                return Err(ParseError::new(i + 1, "unclosed section header"));
            }
            current = line[1..line.len() - 1].trim().into();
            sections.push((current.clone(), HashMap::new()));
            continue;
        }
        let eq = match line.find('=') {
            Some(p) => p,
            None => return Err(ParseError::new(i + 1, format!("expected `key = value`, found `{}`", line))),
        };
        let key: String = line[..eq].trim().into();
        let value = Value::from(line[eq + 1..].trim());
        let last = sections.len() - 1;
        sections[last].1.insert(key, value);
    }
    Ok(Config { sections })
}

fn port(cfg: &Config) -> Result<u16, String> {
    match cfg.get("server", "port") {
        Some(Value::Number(n)) => u16::try_from(*n).map_err(|e| format!("port {}: {}", n, e)),
        Some(other) => Err(format!("port must be a number, not {:?}", other)),
        None => Err("no port".into()),
    }
}

fn main() {
    let text = "# demo\nname = demo app\n[server]\nport = 8080\nverbose = true\n[limits]\nmax = 70000\n";
    let cfg = parse(text).unwrap();
    println!("{} with {} sections", cfg.name(), cfg.sections.len());
    println!("name: {:?}", cfg.get("global", "name"));
    println!("port: {:?}", port(&cfg));
    println!("verbose: {:?}", cfg.get("server", "verbose"));
    let max = match cfg.get("limits", "max") {
        Some(Value::Number(n)) => *n,
        _ => 0,
    };
    let as_u16: Result<u16, _> = max.try_into();
    println!("max as u16: {:?}", as_u16.is_ok());

    let label: Box<str> = Box::from("limits");
    let bytes: Vec<u8> = Vec::from("ab=c");
    let owned: String = label.clone().into();
    println!("{} {:?} {}", label, bytes, owned.len());
    let from_string: Box<str> = String::from("boxed").into_boxed_str();
    let back = String::from(from_string);
    println!("{}", back);
    let nums: Box<[i32]> = Box::from(&[3, 1, 2][..]);
    let v: Vec<i32> = nums.into();
    println!("{:?}", v);

    for bad in ["[server\nport = 1", "key value"].iter() {
        match parse(bad) {
            Ok(_) => println!("parsed"),
            Err(e) => println!("line {}: {}", e.line, e.message),
        }
    }
    let maybe: Option<u32> = 7.into();
    println!("{:?}", maybe);
}
