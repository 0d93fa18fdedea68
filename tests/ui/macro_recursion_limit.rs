// Unbounded recursion stops at the recursion limit (128 nested expansions)
macro_rules! forever {
    ($($t:tt)*) => { forever!($($t)* x) }; //~ ERROR recursion limit reached while expanding `forever!`
}

fn main() {
    forever!(start);
}
