// `{:x?}` is debug-hex, but `{:?x}` ends the spec after `?`
fn main() {
    println!("{:?x}", 255); //~ ERROR invalid format string: expected `}`, found `x`
}
