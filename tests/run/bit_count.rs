// bit counting by hand: popcount (two ways), leading/trailing zeros, parity, bit reversal, on u8..u64
fn popcount(mut x: u64) -> u32 {
    let mut c = 0;
    while x != 0 {
        c += (x & 1) as u32;
        x >>= 1;
    }
    c
}

fn popcount_kernighan(mut x: u64) -> u32 {
    let mut c = 0;
    while x != 0 {
        x &= x - 1;
        c += 1;
    }
    c
}

fn leading_zeros32(x: u32) -> u32 {
    let mut n = 0;
    let mut bit: u32 = 0x8000_0000;
    while bit != 0 && x & bit == 0 {
        n += 1;
        bit >>= 1;
    }
    n
}

fn trailing_zeros16(x: u16) -> u32 {
    if x == 0 {
        return 16;
    }
    let mut n = 0;
    let mut y = x;
    while y & 1 == 0 {
        y >>= 1;
        n += 1;
    }
    n
}

fn reverse_bits8(x: u8) -> u8 {
    let mut r: u8 = 0;
    for i in 0..8 {
        if x & (1 << i) != 0 {
            r |= 1 << (7 - i);
        }
    }
    r
}

fn parity(x: u32) -> u32 {
    let mut p = x;
    p ^= p >> 16;
    p ^= p >> 8;
    p ^= p >> 4;
    p ^= p >> 2;
    p ^= p >> 1;
    p & 1
}

fn main() {
    println!("popcount(0) = {}", popcount(0));
    println!("popcount(255) = {}", popcount(255));
    println!("popcount(u64 max) = {}", popcount(0xFFFF_FFFF_FFFF_FFFF));
    println!("popcount(0x5555) = {}", popcount_kernighan(0x5555));
    let mut agree = true;
    let mut total: u64 = 0;
    for x in 0..65536u64 {
        let a = popcount(x * 2654435761);
        if a != popcount_kernighan(x * 2654435761) {
            agree = false;
        }
        total += a as u64;
    }
    println!("both popcounts agree: {}, total {}", agree, total);
    println!("leading_zeros32(1) = {}", leading_zeros32(1));
    println!("leading_zeros32(0) = {}", leading_zeros32(0));
    println!("leading_zeros32(0x00F0_0000) = {}", leading_zeros32(0x00F0_0000));
    println!("trailing_zeros16(0) = {}", trailing_zeros16(0));
    println!("trailing_zeros16(0b1011000) = {}", trailing_zeros16(0b1011000));
    println!("reverse_bits8(0b0000_0001) = {}", reverse_bits8(0b0000_0001));
    println!("reverse_bits8(0b1101_0010) = {}", reverse_bits8(0b1101_0010));
    println!("parity(7) = {}, parity(0xFF) = {}", parity(7), parity(0xFF));
}
