// printing numbers in binary by hand: recursion, fixed-width loops with shifts and masks
fn print_binary(n: u32) {
    if n > 1 {
        print_binary(n / 2);
    }
    print!("{}", n % 2);
}

fn print_bits_u8(x: u8) {
    let mut i = 8;
    while i > 0 {
        i -= 1;
        print!("{}", (x >> i) & 1);
    }
}

fn print_bits_i16(x: i16) {
    let mut i: u32 = 16;
    while i > 0 {
        i -= 1;
        let bit = (x as u16 >> i) & 1;
        print!("{}", bit);
        if i % 4 == 0 && i != 0 {
            print!("_");
        }
    }
}

fn main() {
    for n in 0..=10 {
        print!("{} = ", n);
        print_binary(n);
        println!();
    }
    print!("4294967295 = ");
    print_binary(4294967295);
    println!();
    print!("0xA5u8 = ");
    print_bits_u8(0xA5);
    println!();
    print!("-2i16 = ");
    print_bits_i16(-2);
    println!();
    print!("12345i16 = ");
    print_bits_i16(12345);
    println!();
}
