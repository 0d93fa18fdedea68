// Calling a trait method on a type parameter that lacks the bound
trait Speak {
    fn speak(&self) -> u32;
}
fn talk<T>(x: T) -> u32 {
    x.speak() //~ ERROR E0599
}
fn main() {
    let _ = talk(1u8);
}
