// Newtype units built with `From` from unsuffixed literals (the impl decides the literal's
// type), and trait objects losing auto traits (`Box<dyn Error + Send + Sync>` ->
// `Box<dyn Error>`, `&(dyn Any + Send)` -> `&dyn Any`).
use std::any::Any;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(u32);

#[derive(Debug, Clone, Copy)]
struct Celsius(i8);

impl From<u32> for Meters {
    fn from(m: u32) -> Self {
        Meters(m)
    }
}

impl From<i8> for Celsius {
    fn from(c: i8) -> Self {
        Celsius(c)
    }
}

#[derive(Debug)]
struct ParseError(String);

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "parse error: {}", self.0)
    }
}

impl std::error::Error for ParseError {}

fn parse_len(s: &str) -> Result<Meters, Box<dyn std::error::Error + Send + Sync>> {
    let n: u32 = s.trim_end_matches('m').parse().map_err(|_| ParseError(s.to_string()))?;
    Ok(Meters::from(n))
}

fn describe(v: &dyn Any) -> String {
    if let Some(m) = v.downcast_ref::<Meters>() {
        format!("{} m", m.0)
    } else if let Some(c) = v.downcast_ref::<Celsius>() {
        format!("{} C", c.0)
    } else {
        "unknown".to_string()
    }
}

fn main() {
    let track = Meters::from(400);
    let lap: Meters = 25.into();
    let cold = Celsius::from(-12);
    println!("{:?} {:?} {:?} {}", track, lap, cold, track > lap);
    let big = u64::from(7u8) + u64::from(300u16);
    let wide = i64::from(-5) * 3;
    println!("{} {} {}", big, wide, f64::from(1.5f32));

    for s in ["12m", "x9", "40"] {
        match parse_len(s) {
            Ok(m) => println!("ok {:?}", m),
            Err(e) => {
                let plain: Box<dyn std::error::Error> = e;
                println!("err {}", plain);
            }
        }
    }

    let items: Vec<Box<dyn Any + Send>> = vec![Box::new(track), Box::new(cold), Box::new("text")];
    for item in &items {
        let any: &(dyn Any + Send) = item.as_ref();
        let plain: &dyn Any = any;
        println!("{}", describe(plain));
    }
}
