// Two fragments could both take the next token: rustc refuses to guess
macro_rules! ambiguous {
    ($($a:ident)* $($b:ident)*) => {};
}

fn main() {
    ambiguous!(x y); //~ ERROR local ambiguity when calling macro `ambiguous`
}
