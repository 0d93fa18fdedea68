// let chains need Rust 2024
fn main() {
    let a = Some(1);
    if let Some(x) = a && x > 0 {} //~ ERROR let chains are only allowed in Rust 2024 or later
}
