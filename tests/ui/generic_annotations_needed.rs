// A generic fn whose type parameter appears only in the return type
fn make<T>() -> T {
    loop {}
}
fn main() {
    let x = make(); //~ ERROR E0282
}
