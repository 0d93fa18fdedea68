// Calls that stop before the matcher is complete
macro_rules! assign {
    ($name:ident = $value:expr) => { let $name = $value; };
}

macro_rules! seq {
    ($($x:ident),+ ; end) => { 0 };
}

fn main() {
    assign!(x =); //~ ERROR unexpected end of macro invocation
    let _n = seq!(a, b); //~ ERROR unexpected end of macro invocation
}
