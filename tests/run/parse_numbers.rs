// Parsing numbers out of text: a small CSV of measurements with integer and float
// columns, error reporting for bad fields, radix conversions and totals.

const DATA: &str = "id,count,weight,ratio
1,12,3.75,0.5
2,7,12.125,1e-3
3,x9,4.0,2
4,40000,-0.0,inf
5,-3,1.5e3,
6,255,2.2250738585072014e-308,NaN
7,+18,.25,-1.5E+2";

fn split_fields<'a>(line: &'a str, out: &mut [&'a str; 4]) -> usize {
    let bytes = line.as_bytes();
    let mut n = 0;
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b',' {
            if n < 4 {
                out[n] = &line[start..i];
            }
            n += 1;
            start = i + 1;
        }
        i += 1;
    }
    n
}

fn main() {
    let mut total_count: i64 = 0;
    let mut total_weight = 0.0f64;
    let mut bad = 0;
    let bytes = DATA.as_bytes();
    let mut line_start = 0;
    let mut line_no = 0;
    let mut i = 0;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' {
            let line = &DATA[line_start..i];
            line_start = i + 1;
            line_no += 1;
            if line_no > 1 {
                let mut f = [""; 4];
                let n = split_fields(line, &mut f);
                let id: u32 = f[0].parse().unwrap();
                match f[1].parse::<i16>() {
                    Ok(c) => {
                        total_count += c as i64;
                        print!("row {}: count {:>5}", id, c);
                    }
                    Err(e) => {
                        bad += 1;
                        print!("row {}: bad count {:?} ({})", id, f[1], e);
                    }
                }
                match f[2].parse::<f64>() {
                    Ok(w) => {
                        total_weight += w;
                        print!(", weight {:?}", w);
                    }
                    Err(e) => print!(", bad weight ({})", e),
                }
                if n > 3 {
                    match f[3].parse::<f32>() {
                        Ok(r) => println!(", ratio {}", r),
                        Err(e) => println!(", bad ratio: {}", e),
                    }
                } else {
                    println!();
                }
            }
        }
        i += 1;
    }
    println!("total count {}, total weight {:.3}, bad rows {}", total_count, total_weight, bad);
    let hex = ["ff", "7F", "-80", "100", "zz"];
    for k in 0..hex.len() {
        println!("i8 from hex {:?}: {:?}", hex[k], i8::from_str_radix(hex[k], 16));
    }
    println!("{:?} {:?} {:?}", u64::from_str_radix("1111111111111111111111111111111111111111111111111111111111111111", 2), u16::from_str_radix("-1", 10), "".parse::<u8>());
    println!("{:?} {:?}", "3.14".parse::<f64>(), "3,14".parse::<f64>());
    let exact = "0.1000000000000000055511151231257827021181583404541015625".parse::<f64>().unwrap();
    println!("{} {}", exact, exact == 0.1);
    println!("{:?} {:?} {:?}", "true".parse::<bool>(), "False".parse::<bool>().is_err(), "12".parse::<u8>().unwrap_or(0) * 2);
}
