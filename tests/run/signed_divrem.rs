// signed division truncates toward zero and remainder takes the dividend's sign; unsigned vs signed, all widths
fn show(a: i32, b: i32) {
    println!("{} / {} = {}, {} % {} = {}", a, b, a / b, a, b, a % b);
}

fn euclid_mod(a: i64, m: i64) -> i64 {
    let r = a % m;
    if r < 0 { r + m } else { r }
}

fn main() {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(6, -3);
    show(-1, 5);
    show(0, -5);
    show(-2147483648, 2);
    show(-2147483648, 7);
    show(2147483647, -1);
    let a: i8 = -128;
    let b: i8 = 3;
    println!("i8: {} / {} = {}, rem {}", a, b, a / b, a % b);
    let c: i16 = -32768;
    println!("i16: {} / 10 = {}, rem {}", c, c / 10, c % 10);
    let d: i64 = -9223372036854775807;
    println!("i64: {} / 1000000007 = {}, rem {}", d, d / 1000000007, d % 1000000007);
    let e: u32 = 4294967295;
    println!("u32: {} / 7 = {}, rem {}", e, e / 7, e % 7);
    let f: u8 = 255;
    println!("u8: {} / 16 = {}, rem {}", f, f / 16, f % 16);
    println!("as unsigned: {} vs signed: {}", (-7i32 as u32) / 2, -7i32 / 2);
    for a in -5..=5 {
        print!("{} ", euclid_mod(a, 3));
    }
    println!();
    let mut x: i64 = -1000;
    x /= 7;
    println!("-1000 /= 7 -> {}", x);
    x %= 5;
    println!("then %= 5 -> {}", x);
}
