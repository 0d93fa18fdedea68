// the flags come in the order sign, `#`, `0`: a sign after `#` ends the spec early
fn main() {
    println!("{:#+010x}", 255); //~ ERROR invalid format string: expected `}`, found `+`
}
