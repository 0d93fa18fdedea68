// Rust 2024 reserves `##` and guarded strings `#"..."#`
// edition:2024
macro_rules! m { ($($t:tt)*) => {} }
m!(## x); //~ ERROR reserved multi-hash token is forbidden
m!(#"a"); //~ ERROR invalid string literal
fn main() {}
