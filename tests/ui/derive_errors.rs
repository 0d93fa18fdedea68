#[derive(Foo)] //~ ERROR cannot find derive macro
struct A;

#[derive(Debug)] //~ ERROR this trait cannot be derived for unions
union U {
    a: u32,
}

#[derive(Default)] //~ ERROR E0665
enum E {
    X,
    Y,
}

#[derive(Clone)] //~ ERROR E0774
fn f() {}

fn main() {}
