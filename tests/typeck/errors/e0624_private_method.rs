#![allow(unused)]
mod m {
    pub struct S;
    impl S {
        fn secret(&self) {}
        fn make() -> S { S }
    }
}
fn main() {
    let s = m::S;
    s.secret();
    let t = m::S::make();
}
