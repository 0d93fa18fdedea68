// calendar arithmetic: leap years, days in month, day of week by Zeller's congruence and by counting days
fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: i32) -> i32 {
    if m == 2 {
        if is_leap(y) { 29 } else { 28 }
    } else if m == 4 || m == 6 || m == 9 || m == 11 {
        30
    } else {
        31
    }
}

// 0 = Saturday, 1 = Sunday, ..., 6 = Friday
fn zeller(y: i32, m: i32, d: i32) -> i32 {
    let (y, m) = if m < 3 { (y - 1, m + 12) } else { (y, m) };
    let k = y % 100;
    let j = y / 100;
    (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
}

fn print_day(h: i32) {
    if h == 0 { print!("{}", "Saturday"); }
    else if h == 1 { print!("{}", "Sunday"); }
    else if h == 2 { print!("{}", "Monday"); }
    else if h == 3 { print!("{}", "Tuesday"); }
    else if h == 4 { print!("{}", "Wednesday"); }
    else if h == 5 { print!("{}", "Thursday"); }
    else { print!("{}", "Friday"); }
}

fn main() {
    let dates = ((2000, 1, 1), (1969, 7, 20), (2024, 2, 29));
    let (y, m, d) = dates.0;
    print!("{}-{}-{}: ", y, m, d);
    print_day(zeller(y, m, d));
    println!();
    let (y, m, d) = dates.1;
    print!("{}-{}-{}: ", y, m, d);
    print_day(zeller(y, m, d));
    println!();
    let (y, m, d) = dates.2;
    print!("{}-{}-{}: ", y, m, d);
    print_day(zeller(y, m, d));
    println!();
    let mut leap_count = 0;
    for y in 1600..=2400 {
        if is_leap(y) {
            leap_count += 1;
        }
    }
    println!("leap years 1600..=2400: {}", leap_count);
    // count Sundays falling on the first of the month in the 20th century
    let mut dow = 2; // 1 Jan 1901 was a Tuesday (Sunday = 0 here)
    let mut sundays = 0;
    for y in 1901..=2000 {
        for m in 1..=12 {
            if dow == 0 {
                sundays += 1;
            }
            dow = (dow + days_in_month(y, m)) % 7;
        }
    }
    println!("first-of-month Sundays 1901-2000: {}", sundays);
}
