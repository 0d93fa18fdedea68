// module-level const items of several integer types, consts built from other consts, used in loops and as bounds
const LIMIT: u32 = 10;
const BASE: u64 = 1_000_000_007;
const SQUARE: u64 = (LIMIT as u64) * (LIMIT as u64);
const NEG: i32 = -42;
const MASK: u8 = 0b1111_0000;
const SHIFTED: u16 = 1 << 12;
const SMALL: i8 = -128;
const BIG: u64 = !0;
const ENABLED: bool = LIMIT > 5 && NEG < 0;
const PAIR: (i32, u8) = (NEG * 2, MASK >> 4);

fn sum_to_limit() -> u32 {
    let mut s = 0;
    for i in 1..=LIMIT {
        s += i;
    }
    s
}

fn main() {
    println!("LIMIT = {}", LIMIT);
    println!("BASE = {}", BASE);
    println!("SQUARE = {}", SQUARE);
    println!("NEG = {}", NEG);
    println!("MASK = {}", MASK);
    println!("SHIFTED = {}", SHIFTED);
    println!("SMALL = {}", SMALL);
    println!("BIG = {}", BIG);
    println!("ENABLED = {}", ENABLED);
    println!("PAIR = {} {}", PAIR.0, PAIR.1);
    println!("sum 1..={} = {}", LIMIT, sum_to_limit());
    let mut h: u64 = 0;
    for i in 0..SQUARE {
        h = (h * 31 + i) % BASE;
    }
    println!("hash = {}", h);
    println!("masked 0xAB = {}", 0xABu8 & MASK);
}
