// shifting an i64 right by 64 at run time: panics with "attempt to shift right with overflow"
fn shr(x: i64, n: u32) -> i64 {
    x >> n
}

fn main() {
    let amounts = (1, 63, 64);
    println!("{}", shr(-256, amounts.0));
    println!("{}", shr(-256, amounts.1));
    println!("{}", shr(-256, amounts.2));
}
