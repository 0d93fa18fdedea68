trait Shape {
    type Unit;
    fn area(&self) -> u32;
}

fn total<S: Shape>(s: &S) -> S::Units { //~ ERROR E0220
    s.area()
}

fn main() {}
