struct NoClone;

#[derive(Clone)]
struct B {
    x: NoClone, //~ ERROR E0277
}

#[derive(PartialEq)]
enum C {
    P(NoClone), //~ ERROR E0369
}

fn main() {
    let n = NoClone;
    let _m = n.clone(); //~ ERROR E0599
    let _eq = NoClone == NoClone; //~ ERROR E0369
}
