// assert_eq! with a custom message fails: rustc's message with both sides in Debug form.
#[derive(Debug, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
}

fn parse_digit(c: char) -> u32 {
    c as u32 - '0' as u32
}

fn main() {
    let spec = ['1', '4'];
    let v = Version { major: parse_digit(spec[0]), minor: parse_digit(spec[1]) };
    assert_eq!(v.major, 1);
    assert_ne!(v.minor, 0, "minor version must be set");
    println!("checked {}.{}", v.major, v.minor);
    let expected = 5;
    assert_eq!(v.minor, expected, "minor version of {}.{} is not the supported one ({})", v.major, v.minor, expected);
    println!("unreachable");
}
