// A generic fn whose bounded type parameter appears only in the return type
trait Make {
    fn make() -> Self;
}
impl Make for u8 {
    fn make() -> u8 {
        7
    }
}
fn build<T: Make>() -> T {
    T::make()
}
fn main() {
    let x = build(); //~ ERROR E0283
}
