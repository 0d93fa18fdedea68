#![allow(unused)]
mod shapes {
    fn secret() -> u32 { 4 }
}
fn main() {
    let s = shapes::secret();
}
