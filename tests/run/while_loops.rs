// while loops: countdown, condition with && and function calls, nested whiles, while false, digits of a number
fn cond(i: u32, limit: u32) -> bool {
    i * i < limit
}

fn main() {
    let mut n = 10;
    while n > 0 {
        print!("{} ", n);
        n -= 3;
    }
    println!("n = {}", n);
    let mut i = 0;
    while cond(i, 200) && i != 12 {
        i += 1;
    }
    println!("i = {}", i);
    while false {
        println!("never");
    }
    let mut row = 1;
    while row <= 5 {
        let mut col = 1;
        while col <= row {
            print!("{}", col * row);
            if col < row {
                print!(" ");
            }
            col += 1;
        }
        println!();
        row += 1;
    }
    let mut value: u64 = 9876543210;
    let mut digits = 0;
    while value != 0 {
        value /= 10;
        digits += 1;
    }
    println!("digits = {}", digits);
    let mut a: i64 = -50;
    let mut steps = 0;
    while a < 50 {
        a += 7;
        if a % 2 == 0 {
            continue;
        }
        steps += 1;
    }
    println!("a = {}, odd stops = {}", a, steps);
}
