// lifetimes cannot start with a digit
fn f<'1a>() {} //~ ERROR lifetimes cannot start with a number
fn main() {}
