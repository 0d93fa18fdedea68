// A report built with write!/writeln! into a fixed-capacity fmt::Write sink (no heap),
// including what happens when the sink runs out of room.
use std::fmt::{self, Write};

struct FixedBuf {
    data: [u8; 96],
    len: usize,
    writes: u32,
}

impl FixedBuf {
    fn new() -> FixedBuf {
        FixedBuf { data: [0; 96], len: 0, writes: 0 }
    }

    fn line_count(&self) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < self.len {
            if self.data[i] == b'\n' {
                n += 1;
            }
            i += 1;
        }
        n
    }

    fn print(&self) {
        let mut i = 0;
        while i < self.len {
            print!("{}", self.data[i] as char);
            i += 1;
        }
    }
}

impl Write for FixedBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let bytes = s.as_bytes();
        if self.len + bytes.len() > self.data.len() {
            return Err(fmt::Error);
        }
        let mut i = 0;
        while i < bytes.len() {
            self.data[self.len + i] = bytes[i];
            i += 1;
        }
        self.len += bytes.len();
        self.writes += 1;
        Ok(())
    }
}

struct Sample {
    station: &'static str,
    reading: i32,
}

impl fmt::Display for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<8}{:>5}", self.station, self.reading)
    }
}

fn write_report<W: Write>(out: &mut W, samples: &[Sample]) -> fmt::Result {
    let mut i = 0;
    while i < samples.len() {
        let r = writeln!(out, "{}", samples[i]);
        if r.is_err() {
            return r;
        }
        i += 1;
    }
    out.write_char('#')
}

fn main() {
    let samples = [
        Sample { station: "north", reading: 12 },
        Sample { station: "east", reading: -3 },
        Sample { station: "south", reading: 140 },
    ];
    let mut buf = FixedBuf::new();
    let ok = write_report(&mut buf, &samples).is_ok();
    println!("ok={} len={} lines={} writes={}", ok, buf.len, buf.line_count(), buf.writes);
    buf.print();
    println!();

    let many = [
        Sample { station: "a", reading: 1 },
        Sample { station: "b", reading: 2 },
        Sample { station: "c", reading: 3 },
        Sample { station: "d", reading: 4 },
        Sample { station: "e", reading: 5 },
        Sample { station: "f", reading: 6 },
        Sample { station: "g", reading: 7 },
    ];
    let mut small = FixedBuf::new();
    let result = write_report(&mut small, &many);
    println!("ok={} len={} lines={}", result.is_ok(), small.len, small.line_count());
}
