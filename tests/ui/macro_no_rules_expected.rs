// A call whose tokens no rule accepts: rustc names the first token no rule expected
macro_rules! pair {
    ($a:expr, $b:expr) => { ($a, $b) };
}

fn main() {
    let _p = pair!(1, 2, 3); //~ ERROR no rules expected `,`
    let _q = pair!(1 2); //~ ERROR no rules expected `2`
}
