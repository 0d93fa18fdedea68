// tt munchers: counting tokens recursively, reversing a list at compile time, and a tiny stack-language interpreter
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! reverse_array {
    ([] $($rev:expr),*) => { [$($rev),*] };
    ([$first:expr $(, $rest:expr)*] $($rev:expr),*) => { reverse_array!([$($rest),*] $first $(, $rev)*) };
}

// Push numbers, `add`, `mul`, `dup`, `swap`: evaluated by recursion over the program tokens.
macro_rules! stack {
    (@run [$($s:expr),*]) => { [$($s),*] };
    (@run [$a:expr, $b:expr $(, $s:expr)*] add $($rest:tt)*) => { stack!(@run [$a + $b $(, $s)*] $($rest)*) };
    (@run [$a:expr, $b:expr $(, $s:expr)*] mul $($rest:tt)*) => { stack!(@run [$a * $b $(, $s)*] $($rest)*) };
    (@run [$a:expr $(, $s:expr)*] dup $($rest:tt)*) => { stack!(@run [$a, $a $(, $s)*] $($rest)*) };
    (@run [$a:expr, $b:expr $(, $s:expr)*] swap $($rest:tt)*) => { stack!(@run [$b, $a $(, $s)*] $($rest)*) };
    (@run [$($s:expr),*] $n:literal $($rest:tt)*) => { stack!(@run [$n $(, $s)*] $($rest)*) };
    ($($prog:tt)*) => { stack!(@run [] $($prog)*) };
}

macro_rules! count_idents {
    ($($i:ident),* $(,)?) => { 0 $(+ count_idents!(@one $i))* };
    (@one $i:ident) => { 1 };
}

fn main() {
    println!("{}", count!());
    println!("{}", count!(a));
    println!("{}", count!(a b c (d e) [f] {g h i}));
    const N: usize = count!(x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x);
    println!("{}", N);
    let r = reverse_array!([1, 2, 3, 4, 5]);
    println!("{} {} {} {} {}", r[0], r[1], r[2], r[3], r[4]);
    let s = stack!(2 3 add 4 mul);
    println!("{}", s[0]);
    let t = stack!(5 dup mul 1 swap);
    println!("{} {}", t[0], t[1]);
    println!("{}", count_idents!(alpha, beta, gamma, delta,));
}
