// a function needs a body
fn f() -> u32 //~ ERROR expected one of
fn main() {}
