// power-of-two checks with n & (n - 1), next power of two, log2 by shifting, on u32 and u64
fn is_power_of_two(n: u64) -> bool {
    n != 0 && (n & (n - 1)) == 0
}

fn next_power_of_two(n: u32) -> u32 {
    let mut p = 1;
    while p < n {
        p <<= 1;
    }
    p
}

fn log2(mut n: u64) -> u32 {
    let mut r = 0;
    while n > 1 {
        n >>= 1;
        r += 1;
    }
    r
}

fn main() {
    print!("powers of two below 100:");
    for n in 0..100 {
        if is_power_of_two(n) {
            print!(" {}", n);
        }
    }
    println!();
    println!("{} {} {}", is_power_of_two(1 << 40), is_power_of_two((1 << 40) + 1), is_power_of_two(9223372036854775808));
    println!("next_power_of_two(0) = {}", next_power_of_two(0));
    println!("next_power_of_two(5) = {}", next_power_of_two(5));
    println!("next_power_of_two(1000) = {}", next_power_of_two(1000));
    println!("next_power_of_two(2147483648) = {}", next_power_of_two(2147483648));
    println!("log2(1) = {}", log2(1));
    println!("log2(1023) = {}", log2(1023));
    println!("log2(1024) = {}", log2(1024));
    println!("log2(u64 max) = {}", log2(0xffff_ffff_ffff_ffff));
}
