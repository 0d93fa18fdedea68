// main returns Result: `?` propagates a parse failure, which std reports as
// `Error: <Debug of the error>` on stderr with exit status 1.
#[derive(Debug)]
enum ConfigError {
    Empty,
    BadDigit { position: usize, found: char },
}

fn parse_port(text: &str) -> Result<u16, ConfigError> {
    if text.is_empty() {
        return Err(ConfigError::Empty);
    }
    let mut value: u16 = 0;
    for (i, c) in text.chars().enumerate() {
        match c.to_digit(10) {
            Some(d) => value = value * 10 + d as u16,
            None => return Err(ConfigError::BadDigit { position: i, found: c }),
        }
    }
    Ok(value)
}

fn main() -> Result<(), ConfigError> {
    let inputs = ["8080", "443", "80x0"];
    for text in inputs.iter() {
        let result = parse_port(text);
        if let Err(ConfigError::BadDigit { position, found }) = &result {
            eprintln!("note: {:?} is not a digit (position {})", found, position);
        }
        let port = result?;
        println!("port {:>5} ok", port);
    }
    println!("all ports valid");
    Ok(())
}
