// integer literals: suffixes, hex/octal/binary, `_` separators, limits of every type written as literals
// only-64bit
fn main() {
    println!("{} {} {}", 0xff, 0o777, 0b1010);
    println!("{} {}", 0xFFu8, 0o17u16);
    println!("{} {}", 1_000_000, 0x_dead_beef_u32);
    println!("{}", 0b1111_0000_1111_0000u16);
    println!("{} {}", 5u8, 5i8);
    println!("{} {}", 1_2_3_4i64, 12__34usize);
    println!("i8: {} {}", -128i8, 127i8);
    println!("u8: {} {}", 0u8, 255u8);
    println!("i16: {} {}", -32768i16, 32767i16);
    println!("u16: {}", 65535u16);
    println!("i32: {} {}", -2147483648i32, 2147483647i32);
    println!("u32: {}", 4294967295u32);
    println!("i64: {} {}", -9223372036854775808i64, 9223372036854775807i64);
    println!("u64: {}", 18446744073709551615u64);
    println!("isize: {} {}", -9223372036854775808isize, 9223372036854775807isize);
    println!("usize: {}", 18446744073709551615usize);
    println!("{}", 0x7FFF_FFFF_FFFF_FFFFi64);
    println!("{}", 0o1_777_777_777_777_777_777_777u64);
    println!("{}", 0b1000_0000i16);
    println!("{}", -0x80i16);
    println!("{}", 0x80u8 as i8);
    let typed: u64 = 0xFFFF_FFFF_FFFF;
    println!("{}", typed);
    let from_context: i16 = -0b111;
    println!("{}", from_context);
    println!("{}", 007);
}
