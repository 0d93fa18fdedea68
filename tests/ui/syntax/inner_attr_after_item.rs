// inner attributes must come first
fn main() {}
#![allow(unused)] //~ ERROR an inner attribute is not permitted in this context
fn g() {}
