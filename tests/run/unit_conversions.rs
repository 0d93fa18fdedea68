// Unit conversions with From/Into, and validated values with TryFrom/TryInto: newtypes for
// lengths and temperatures, integer narrowing that reports out-of-range readings, and the
// standard numeric conversions (i64::from, u32::from(bool), f64::from(f32), char::from(u8)).
use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet(f64);

#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}

impl From<Meters> for Feet {
    fn from(m: Meters) -> Feet {
        Feet(m.0 / 0.3048)
    }
}

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

/// A percentage: 0 to 100 only.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Percent(u8);

#[derive(Debug, PartialEq)]
enum PercentError {
    Negative(i32),
    TooLarge(i32),
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PercentError::Negative(v) => write!(f, "{} is below 0%", v),
            PercentError::TooLarge(v) => write!(f, "{} is above 100%", v),
        }
    }
}

impl TryFrom<i32> for Percent {
    type Error = PercentError;

    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if v < 0 {
            Err(PercentError::Negative(v))
        } else if v > 100 {
            Err(PercentError::TooLarge(v))
        } else {
            Ok(Percent(v as u8))
        }
    }
}

fn total_length<T: Into<Meters>>(parts: Vec<T>) -> Meters {
    let mut sum = 0.0;
    for p in parts {
        let m: Meters = p.into();
        sum += m.0;
    }
    Meters(sum)
}

fn describe(raw: i32) -> String {
    match Percent::try_from(raw) {
        Ok(p) => format!("{}%", p.0),
        Err(e) => format!("invalid: {}", e),
    }
}

fn main() {
    let board = Feet(8.0);
    let m: Meters = board.into();
    println!("{:?} = {:.4} m", board, m.0);
    let back = Feet::from(m);
    println!("back to {:.1} ft", back.0);

    let total = total_length(vec![Feet(1.0), Feet(2.5), Feet(10.0)]);
    println!("total {:.3} m", total.0);

    for &c in [-40.0, 0.0, 37.0, 100.0].iter() {
        let f: Fahrenheit = Celsius(c).into();
        let again = Celsius::from(f);
        println!("{:>6.1} C = {:>6.1} F ({:.1})", c, f.0, again.0);
    }

    for &raw in [42, -3, 100, 250].iter() {
        println!("{:>4} -> {}", raw, describe(raw));
    }
    let p: Result<Percent, _> = 75.try_into();
    println!("{:?}", p);

    // Integer narrowing: readings from a 16-bit sensor stored as bytes when they fit.
    let readings: [i32; 5] = [12, 255, 256, -1, 90];
    let mut stored: Vec<u8> = Vec::new();
    for &r in readings.iter() {
        match u8::try_from(r) {
            Ok(b) => stored.push(b),
            Err(e) => println!("reading {} rejected: {}", r, e),
        }
    }
    println!("stored {:?}", stored);
    let wide: i64 = i64::from(-7i32) * 1_000_000_000;
    let narrow: Result<i32, _> = wide.try_into();
    println!("{} -> {:?}", wide, narrow.is_err());
    let small: u16 = 513;
    let ok: Result<u8, _> = u8::try_from(small);
    let fits: i16 = i16::try_from(small).unwrap();
    println!("{:?} {}", ok, fits);
    let count: usize = usize::try_from(42u64).unwrap();
    println!("count {}", count);

    // Lossless conversions.
    let flag = u32::from(true) + u32::from(false);
    let letter = char::from(b'a' + 2);
    let precise = f64::from(1.5f32) * 2.0;
    let code = u32::from('Z');
    let n: i64 = 5i32.into();
    let big: u128 = u64::MAX.into();
    println!("{} {} {} {} {} {}", flag, letter, precise, code, n, big);
    let x: f64 = 3u8.into();
    println!("{}", x + 0.25);
}
