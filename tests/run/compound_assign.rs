// every compound assignment operator (+= -= *= /= %= &= |= ^= <<= >>=) on signed and unsigned variables and tuple fields
fn main() {
    let mut a: i32 = 100;
    a += 23;
    println!("+= {}", a);
    a -= 200;
    println!("-= {}", a);
    a *= -3;
    println!("*= {}", a);
    a /= 7;
    println!("/= {}", a);
    a %= 10;
    println!("%= {}", a);
    let mut b: u16 = 0b1010_1010_1010_1010;
    b &= 0xFF0F;
    println!("&= {}", b);
    b |= 0x0050;
    println!("|= {}", b);
    b ^= 0xFFFF;
    println!("^= {}", b);
    b <<= 3;
    println!("<<= {}", b);
    b >>= 5;
    println!(">>= {}", b);
    let mut c: i8 = -100;
    c >>= 2;
    println!("i8 >>= {}", c);
    c <<= 1;
    println!("i8 <<= {}", c);
    let mut d: u64 = 1;
    for i in 1..=15u64 {
        d *= i;
        d %= 1_000_000_007;
        d += i;
        d ^= i << 3;
    }
    println!("loop of compound ops: {}", d);
    let mut t = (10i64, 3u8);
    t.0 -= 25;
    t.1 <<= 2;
    t.0 *= t.1 as i64;
    println!("tuple fields: {} {}", t.0, t.1);
    let mut s: usize = 7;
    s <<= 2u8;
    s >>= 1i64;
    println!("mixed shift amount types: {}", s);
}
