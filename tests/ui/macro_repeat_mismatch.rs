// Metavariables repeated together must have matched the same number of times
macro_rules! zip {
    ($($a:ident),*; $($b:expr),*) => {
        $(let $a = $b;)* //~ ERROR meta-variable `a` repeats 3 times, but `b` repeats 2 times
    };
}

fn main() {
    zip!(x, y; 1, 2);
    zip!(p, q, r; 1, 2);
}
