// shifts: logical vs arithmetic right shift, shift amounts of other integer types, shifts that drop bits
fn shl32(x: u32, n: u32) -> u32 {
    x << n
}

fn sar(x: i32, n: u8) -> i32 {
    x >> n
}

fn main() {
    println!("1 << 0..8:");
    for n in 0..8 {
        print!("{} ", 1u8 << n);
    }
    println!();
    println!("-16 >> 2 = {}", -16i32 >> 2);
    println!("-1 >> 31 = {}", -1i32 >> 31);
    println!("(-16 as u32) >> 2 = {}", (-16i32 as u32) >> 2);
    println!("i8 -128 >> 7 = {}", -128i8 >> 7);
    println!("u8 128 >> 7 = {}", 128u8 >> 7);
    println!("0xFF u8 << 4 = {}", 0xFFu8 << 4);
    println!("0x7F i8 << 1 = {}", 0x7Fi8 << 1);
    println!("1 i32 << 31 = {}", 1i32 << 31);
    println!("1 i64 << 63 = {}", 1i64 << 63);
    println!("u64 top bit >> 63 = {}", 0x8000_0000_0000_0000u64 >> 63);
    println!("i64 min >> 63 = {}", -9223372036854775808i64 >> 63);
    let amount: u64 = 3;
    println!("shift by u64 amount: {}", 5i16 << amount);
    let signed_amount: i8 = 4;
    println!("shift by i8 amount: {}", 0x1234u16 >> signed_amount);
    let mut acc: u32 = 0;
    for n in 0..32 {
        acc ^= shl32(0x9E37_79B9, n) >> (31 - n);
    }
    println!("mixed shifts: {}", acc);
    for n in 0..8u8 {
        print!("{} ", sar(-1000, n * 4));
    }
    println!();
    let mut x: u64 = 1;
    x <<= 40;
    x >>= 8;
    println!("x = {}", x);
    let mut y: i16 = -300;
    y >>= 2;
    println!("y = {}", y);
    y <<= 3;
    println!("y = {}", y);
}
