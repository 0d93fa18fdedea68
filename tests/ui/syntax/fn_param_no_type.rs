// function parameters need types
fn f(x) {} //~ ERROR expected one of
fn main() {}
