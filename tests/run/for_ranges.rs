// `for` over ranges: exclusive and inclusive, variable bounds, empty ranges, negative bounds, full u8 range, nested
fn sum_range(lo: i32, hi: i32) -> i32 {
    let mut s = 0;
    for i in lo..hi {
        s += i;
    }
    s
}

fn sum_inclusive(lo: i64, hi: i64) -> i64 {
    let mut s = 0;
    for i in lo..=hi {
        s += i;
    }
    s
}

fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 0..=5 {
        print!("{} ", i);
    }
    println!();
    for i in -3..3 {
        print!("{} ", i);
    }
    println!();
    println!("sum 1..101 = {}", sum_range(1, 101));
    println!("sum 10..10 = {}", sum_range(10, 10));
    println!("sum 10..5 = {}", sum_range(10, 5));
    println!("sum -5..=5 = {}", sum_inclusive(-5, 5));
    println!("sum 7..=7 = {}", sum_inclusive(7, 7));
    println!("sum 8..=7 = {}", sum_inclusive(8, 7));
    let mut count = 0;
    let mut last: u8 = 0;
    for b in 0..=255u8 {
        count += 1;
        last = b;
    }
    println!("0..=255u8 has {} values, last {}", count, last);
    let mut top = 0;
    for b in 250u8..=255 {
        top += b as u32;
    }
    println!("sum 250..=255 = {}", top);
    let n = 4;
    for i in 1..=n {
        for j in i..=n {
            print!("{}{} ", i, j);
        }
        println!();
    }
    let mut lo = 3;
    let hi = lo + 4;
    for i in lo..hi {
        lo += 100; // the range was already built, so this does not change the loop
        print!("{}:{} ", i, lo);
    }
    println!();
    let mut big: u64 = 0;
    for i in 18446744073709551610u64..=18446744073709551615u64 {
        big = i;
    }
    println!("last of the range ending at u64 max: {}", big);
    for i in -128i8..-125 {
        print!("{} ", i);
    }
    println!();
}
