// a macro call that ends before a rule is complete
macro_rules! add {
    ($a:expr, $b:expr) => { $a + $b };
}

fn main() {
    let _ = add!(1); //~ ERROR unexpected end of macro invocation
}
