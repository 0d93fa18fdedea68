// raw pointers need `const` or `mut`
fn f(p: *u8) {} //~ ERROR expected `mut` or `const` keyword in raw pointer type
fn main() {}
