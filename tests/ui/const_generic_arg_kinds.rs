// A type where a const parameter is expected and a constant where a type is (E0747), and a
// constant of the wrong type (E0308).
struct Buf<const N: usize> {
    data: [u8; N],
}

struct Wrapper<T>(T);

fn make<T: Default>() -> T {
    T::default()
}

fn main() {
    let a: Buf<u8>; //~ ERROR E0747
    let b: Wrapper<3>; //~ ERROR E0747
    let c: u8 = make::<3>(); //~ ERROR E0747
    let d: Buf<true>; //~ ERROR E0308
}
