// signs and zero padding: a ledger with explicit signs, fixed-width codes, alternate forms
fn main() {
    let moves: [i32; 7] = [250, -75, 0, 1200, -3, 99999, -100000];
    let mut balance: i32 = 0;
    let mut i = 0;
    while i < 7 {
        balance += moves[i];
        println!("#{:03} {:+8} {:>+8} {:08} {:+08} {:<+8}|", i + 1, moves[i], balance, moves[i], balance, moves[i]);
        i += 1;
    }
    // zero padding is sign-aware and ignores the alignment
    println!("[{:05}] [{:<05}] [{:^05}] [{:>05}] [{:+05}] [{:05}]", -7, -7, -7, -7, 7, 0);
    // with `#`, the zeros go after the prefix
    println!("[{:#010x}] [{:#010b}] [{:#010o}] [{:#10x}] [{:<#10x}] [{:^#10X}]", 255, 5, 8, 255, 255, 255);
    println!("[{:+#x}] [{:+#010b}] [{:#x}] [{:#X}] [{:#b}] [{:#o}]", 255, 5, 0, 0xabcdefu32, 0, 0);
    // the width is a minimum: wider values are never cut
    println!("[{:03}] [{:#04x}] [{:+02}]", 12345, 0x1234, 99);
    // the `-` flag is accepted and changes nothing for the standard types
    println!("[{:-}] [{:-5}] [{:-05}]", -1, 1, 1);
    // sign and zero flags on every integer width
    println!("{:+05} {:+05} {:+07} {:+07} {:+012} {:+012} {:+021}", -1i8, 1u8, -1i16, 1u16, -1i32, 1u32, -1i64);
    println!("{:04} {:04} {:06} {:06}", -128i8, 255u8, -32768i16, 65535u16);
    // a clock and a date, the classic use of zero padding
    let secs: u32 = 3 * 3600 + 7 * 60 + 9;
    println!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    println!("{:04}-{:02}-{:02}", 2024, 3, 7);
}
