// A data file embedded with include_str! (path relative to this source file) and parsed
// at run time byte by byte: lines, fields and numbers, a total and the most valuable item.

const DATA: &str = include_str!("include_data.txt");

/// The next space- or newline-terminated field of `bytes` from `*pos` (which moves past it).
fn field(bytes: &[u8], pos: &mut usize) -> (usize, usize) {
    let start = *pos;
    while *pos < bytes.len() && bytes[*pos] != b' ' && bytes[*pos] != b'\n' {
        *pos += 1;
    }
    let end = *pos;
    if *pos < bytes.len() && bytes[*pos] == b' ' {
        *pos += 1;
    }
    (start, end)
}

fn number(bytes: &[u8], (start, end): (usize, usize)) -> Option<u32> {
    if start == end {
        return None;
    }
    let mut n: u32 = 0;
    let mut i = start;
    while i < end {
        match bytes[i] {
            d @ b'0'..=b'9' => n = n * 10 + (d - b'0') as u32,
            _ => return None,
        }
        i += 1;
    }
    Some(n)
}

fn print_word(bytes: &[u8], (start, end): (usize, usize)) {
    let mut i = start;
    while i < end {
        print!("{}", bytes[i] as char);
        i += 1;
    }
}

fn main() {
    let bytes = DATA.as_bytes();
    println!("{} bytes embedded", bytes.len());
    let mut pos = 0;
    let mut total = 0;
    let mut best_value = 0;
    let mut items = 0;
    while pos < bytes.len() {
        if bytes[pos] == b'#' {
            while pos < bytes.len() && bytes[pos] != b'\n' {
                pos += 1;
            }
            pos += 1;
            continue;
        }
        let name = field(bytes, &mut pos);
        let count = field(bytes, &mut pos);
        let price = field(bytes, &mut pos);
        pos += 1;
        print_word(bytes, name);
        match (number(bytes, count), number(bytes, price)) {
            (Some(0), Some(_)) => println!(": out of stock"),
            (Some(c), Some(p)) => {
                let value = c * p;
                println!(": {} x {} = {}", c, p, value);
                total += value;
                items += 1;
                if value > best_value {
                    best_value = value;
                }
            }
            _ => println!(": bad line"),
        }
    }
    println!("{} items in stock, total value {}, best {}", items, total, best_value);
    let raw = include_bytes!("include_data.txt");
    println!("first byte {} last byte {}", raw[0], raw[raw.len() - 1]);
}
