// `as` casts between all integer types: truncation, sign extension, zero extension, reinterpretation
// only-64bit
fn to_u8(x: i32) -> u8 {
    x as u8
}

fn main() {
    println!("300i32 as u8 = {}", 300i32 as u8);
    println!("-1i32 as u32 = {}", -1i32 as u32);
    println!("-1i32 as u64 = {}", -1i32 as u64);
    println!("-1i64 as u8 = {}", -1i64 as u8);
    println!("200u8 as i8 = {}", 200u8 as i8);
    println!("128u8 as i8 = {}", 128u8 as i8);
    println!("-128i8 as u8 = {}", -128i8 as u8);
    println!("-5i8 as i64 = {}", -5i8 as i64);
    println!("-5i8 as u16 = {}", -5i8 as u16);
    println!("-5i8 as u64 = {}", -5i8 as u64);
    println!("250u8 as i32 = {}", 250u8 as i32);
    println!("65535u16 as i16 = {}", 65535u16 as i16);
    println!("70000i32 as i16 = {}", 70000i32 as i16);
    println!("70000i32 as u16 = {}", 70000i32 as u16);
    println!("4294967296u64 as u32 = {}", 4294967296u64 as u32);
    println!("4294967295u32 as i32 = {}", 4294967295u32 as i32);
    println!("2147483648u32 as i32 = {}", 2147483648u32 as i32);
    println!("18446744073709551615u64 as i8 = {}", 18446744073709551615u64 as i8);
    println!("0x1234_5678_9abc_def0u64 as i8 = {}", 0x1234_5678_9abc_def0u64 as i8);
    println!("0x1234_5678_9abc_def0u64 as u16 = {}", 0x1234_5678_9abc_def0u64 as u16);
    println!("0x1234_5678_9abc_def0u64 as i32 = {}", 0x1234_5678_9abc_def0u64 as i32);
    println!("9223372036854775808u64 as i64 = {}", 9223372036854775808u64 as i64);
    println!("-9223372036854775808i64 as u64 = {}", -9223372036854775808i64 as u64);
    println!("-1isize as usize = {}", -1isize as usize);
    println!("usize max as isize = {}", 18446744073709551615usize as isize);
    println!("-1i16 as usize as u8 = {}", -1i16 as usize as u8);
    println!("(-1i32 as u8) as i32 = {}", (-1i32 as u8) as i32);
    println!("(-1i32 as i8) as i32 = {}", (-1i32 as i8) as i32);
    // the same casts on runtime values
    let mut sum: i64 = 0;
    for v in -300..300 {
        let b = to_u8(v);
        let s = v as i8;
        sum += b as i64 * 3 + s as i64;
    }
    println!("runtime sum = {}", sum);
    let big: u64 = 0xdead_beef_cafe_babe;
    println!("{} {} {} {}", big as u8, big as i16, big as u32, big as i64);
    let neg: i64 = -123456789012;
    println!("{} {} {} {}", neg as i8, neg as u16, neg as i32, neg as u64);
    let same: u32 = 7;
    println!("{}", same as u32);
}
