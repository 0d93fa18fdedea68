// A tiny key=value parser: every step returns Result, errors travel up with `?`, and the
// low-level errors convert into the top-level one through From.
#[derive(Debug, PartialEq)]
enum DigitError {
    Empty,
    NotADigit(u8),
    Overflow,
}

#[derive(Debug, PartialEq)]
enum ParseError {
    MissingEquals,
    BadKey,
    BadNumber(DigitError),
}

impl From<DigitError> for ParseError {
    fn from(e: DigitError) -> ParseError {
        ParseError::BadNumber(e)
    }
}

fn parse_number(bytes: &[u8]) -> Result<u32, DigitError> {
    if bytes.is_empty() {
        return Err(DigitError::Empty);
    }
    let mut n: u32 = 0;
    for &b in bytes.iter() {
        if b < b'0' || b > b'9' {
            return Err(DigitError::NotADigit(b));
        }
        n = n.checked_mul(10).ok_or(DigitError::Overflow)?;
        n = n.checked_add((b - b'0') as u32).ok_or(DigitError::Overflow)?;
    }
    Ok(n)
}

fn split_eq(bytes: &[u8]) -> Result<usize, ParseError> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            return Ok(i);
        }
        i += 1;
    }
    Err(ParseError::MissingEquals)
}

fn parse_entry(line: &str) -> Result<(u8, u32), ParseError> {
    let bytes = line.as_bytes();
    let eq = split_eq(bytes)?;
    if eq != 1 {
        return Err(ParseError::BadKey);
    }
    let value = parse_number(&bytes[eq + 1..])?;
    Ok((bytes[0], value))
}

fn sum_entries(lines: &[&str]) -> Result<u32, ParseError> {
    let mut total = 0;
    for line in lines.iter() {
        let (_, v) = parse_entry(line)?;
        total += v;
    }
    Ok(total)
}

fn main() {
    let inputs = ["a=12", "b=7", "x", "ab=3", "c=", "d=4x", "e=99999999999", "f=0"];
    for input in inputs.iter() {
        match parse_entry(input) {
            Ok((k, v)) => println!("{} -> key {} value {}", input, k as char, v),
            Err(e) => println!("{} -> error {:?}", input, e),
        }
    }
    println!("{:?}", sum_entries(&["a=1", "b=2", "c=39"]));
    println!("{:?}", sum_entries(&["a=1", "oops"]));
    println!("{}", parse_entry("z=5") == Ok((b'z', 5)));
}
