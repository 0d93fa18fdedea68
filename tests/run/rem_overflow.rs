// i64::MIN % -1 at run time: panics with "attempt to calculate the remainder with overflow"
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("{}", rem(-9223372036854775808, 10));
    println!("{}", rem(-9223372036854775808, -3));
    println!("{}", rem(-9223372036854775808, -1));
}
