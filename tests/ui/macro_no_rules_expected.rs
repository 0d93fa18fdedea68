// a call that matches no rule of a macro_rules!: rustc names the token no rule expected
macro_rules! pair {
    ($a:expr, $b:expr) => { ($a, $b) };
}

fn main() {
    let _ = pair!(1, 2);
    let _ = pair!(1, 2, 3); //~ ERROR no rules expected `,`
}
