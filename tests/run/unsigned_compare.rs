// comparisons: signed vs unsigned interpretation of the same bits, all six operators, min/max by hand
fn max_u(a: u32, b: u32) -> u32 {
    if a > b { a } else { b }
}

fn max_i(a: i32, b: i32) -> i32 {
    if a > b { a } else { b }
}

fn cmp(a: i64, b: i64) -> i32 {
    if a < b { -1 } else if a > b { 1 } else { 0 }
}

fn main() {
    let x: i32 = -1;
    let y: i32 = 1;
    println!("signed: max({}, {}) = {}", x, y, max_i(x, y));
    println!("unsigned: max({}, {}) = {}", x as u32, y as u32, max_u(x as u32, y as u32));
    let a: u8 = 200;
    let b: u8 = 100;
    println!("u8 {} < {}: {}; as i8 {} < {}: {}", a, b, a < b, a as i8, b as i8, (a as i8) < (b as i8));
    let p = 5;
    let q = 7;
    println!("{} {} {} {} {} {}", p < q, p <= q, p > q, p >= q, p == q, p != q);
    println!("{} {} {}", 7 <= 7, 7 >= 8, -3 < -2);
    println!("{} {} {}", cmp(-5, 3), cmp(3, -5), cmp(4, 4));
    println!("{}", cmp(-9223372036854775808, 9223372036854775807));
    println!("{}", 18446744073709551615u64 > 9223372036854775807u64);
    let mut count = 0;
    for i in -100..100i32 {
        if (i as u32) < 50 {
            count += 1;
        }
    }
    println!("values in -100..100 whose u32 reading is below 50: {}", count);
}
