// One report function over io::Write, sent to a Vec<u8>, to stdout's lock and to stderr.
use std::io::{self, Write};

struct Row {
    city: &'static str,
    temps: [i32; 4],
}

fn write_report<W: Write>(out: &mut W, rows: &[Row]) -> io::Result<usize> {
    let mut lines = 0;
    writeln!(out, "{:<10}{:>5}{:>5}{:>6}", "city", "min", "max", "avg")?;
    lines += 1;
    for row in rows {
        let mut min = row.temps[0];
        let mut max = row.temps[0];
        let mut sum = 0;
        for &t in row.temps.iter() {
            if t < min {
                min = t;
            }
            if t > max {
                max = t;
            }
            sum += t;
        }
        writeln!(out, "{:<10}{:>5}{:>5}{:>6.1}", row.city, min, max, sum as f64 / 4.0)?;
        lines += 1;
    }
    out.flush()?;
    Ok(lines)
}

fn main() -> io::Result<()> {
    let rows = [
        Row { city: "Oslo", temps: [-3, 1, 4, -7] },
        Row { city: "Lisbon", temps: [14, 18, 21, 16] },
        Row { city: "Quito", temps: [13, 13, 14, 12] },
    ];
    let mut buffer: Vec<u8> = Vec::new();
    let n = write_report(&mut buffer, &rows)?;
    println!("buffered {} lines, {} bytes, first byte {:?}", n, buffer.len(), buffer[0] as char);

    let stdout = io::stdout();
    let mut handle = stdout.lock();
    write_report(&mut handle, &rows[1..])?;
    handle.write_all(b"-- end of stdout report --\n")?;

    let mut err = io::stderr();
    write_report(&mut err, &rows[..1])?;
    Ok(())
}
