// negating i32::MIN (written -2147483648) at run time: panics with "attempt to negate with overflow"
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", negate(5));
    println!("{}", negate(-2147483647));
    println!("{}", negate(0));
    println!("{}", negate(-2147483648));
}
