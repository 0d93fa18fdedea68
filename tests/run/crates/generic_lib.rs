// A library of generic items for tests/run/crates/generic_user.rs (cross-crate monomorphization).
pub trait Shape { fn area(&self) -> u32; fn twice(&self) -> u32 { self.area() * 2 } }
pub struct Pair<T> { pub a: T, pub b: T }
impl<T: Shape> Pair<T> {
    pub fn new(a: T, b: T) -> Pair<T> { Pair { a, b } }
    pub fn total(&self) -> u32 { self.a.area() + self.b.area() }
}
pub fn id<T>(x: T) -> T { x }
pub fn bigger<T: Shape>(a: T, b: T) -> T { if helper(a.area(), b.area()) { a } else { b } }
fn helper(x: u32, y: u32) -> bool { x >= y }
