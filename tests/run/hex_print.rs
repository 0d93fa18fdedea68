// hexadecimal and octal printing by hand: digits chosen with if-else chains of string literals
fn hex_digit(d: u64) {
    if d < 10 {
        print!("{}", d);
    } else if d == 10 {
        print!("{}", "a");
    } else if d == 11 {
        print!("{}", "b");
    } else if d == 12 {
        print!("{}", "c");
    } else if d == 13 {
        print!("{}", "d");
    } else if d == 14 {
        print!("{}", "e");
    } else {
        print!("{}", "f");
    }
}

fn print_hex(n: u64) {
    if n >= 16 {
        print_hex(n >> 4);
    }
    hex_digit(n & 0xf);
}

fn print_octal(n: u64) {
    if n >= 8 {
        print_octal(n / 8);
    }
    print!("{}", n % 8);
}

fn print_hex_padded(n: u32) {
    let mut shift: i32 = 28;
    while shift >= 0 {
        hex_digit(((n >> shift) & 15) as u64);
        shift -= 4;
    }
}

fn main() {
    let values = (0u64, 255u64, 4096u64, 3735928559u64);
    print!("0x");
    print_hex(values.0);
    print!(" 0x");
    print_hex(values.1);
    print!(" 0x");
    print_hex(values.2);
    print!(" 0x");
    print_hex(values.3);
    println!();
    print!("u64 max = 0x");
    print_hex(18446744073709551615);
    println!();
    print!("0o");
    print_octal(511);
    print!(" 0o");
    print_octal(8);
    println!();
    print!("padded: ");
    print_hex_padded(0xbeef);
    print!(" ");
    print_hex_padded(-1i32 as u32);
    println!();
}
