// A generic fn called with a type that does not implement its bound
trait Speak {
    fn speak(&self) -> u32;
}
struct Dog;
struct Rock;
impl Speak for Dog {
    fn speak(&self) -> u32 { 1 }
}
fn talk<T: Speak>(x: T) -> u32 {
    x.speak()
}
fn main() {
    talk(Dog);
    talk(Rock); //~ ERROR E0277
}
