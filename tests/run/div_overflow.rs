// i32::MIN / -1 at run time: panics with "attempt to divide with overflow"
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(-2147483648, 1));
    println!("{}", div(-2147483648, 2));
    println!("{}", div(2147483647, -1));
    println!("{}", div(-2147483648, -1));
}
