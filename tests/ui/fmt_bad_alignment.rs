// after `[[fill]align]` a second alignment is not allowed
fn main() {
    println!("{:*<<8}", "x"); //~ ERROR invalid format string: expected alignment specifier
}
