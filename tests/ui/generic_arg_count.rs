// Too many generic arguments in a turbofish
fn id<T>(x: T) -> T {
    x
}
fn main() {
    let _a = id::<u8, u16>(3); //~ ERROR E0107
}
