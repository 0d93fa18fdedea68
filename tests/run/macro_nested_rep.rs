// Nested repetitions: a matrix literal macro with row/column counts, a lookup table of named groups, and per-group sums
macro_rules! matrix {
    ($([$($x:expr),*]),* $(,)?) => {
        [$([$($x),*]),*]
    };
}

macro_rules! dims {
    ($([$($x:expr),*]),*) => {
        (0 $(+ { let _ = stringify!($($x)*); 1 })*, dims!(@cols $([$($x),*])*))
    };
    (@cols [$($x:expr),*] $($rest:tt)*) => { 0 $(+ { let _ = $x; 1 })* };
    (@cols) => { 0 };
}

macro_rules! groups {
    ($($name:ident: $($v:literal)+;)*) => {
        $(
            let total = 0 $(+ $v)+;
            let count = 0 $(+ { let _ = $v; 1 })+;
            println!("{}: {} items, sum {}", stringify!($name), count, total);
        )*
    };
}

macro_rules! pairs {
    ($($a:ident => [$($b:ident),*]),*) => {
        $($(println!("{} -> {}", stringify!($a), stringify!($b));)*)*
    };
}

fn main() {
    let m = matrix![[1, 2, 3], [4, 5, 6]];
    for i in 0..2 {
        println!("{} {} {}", m[i][0], m[i][1], m[i][2]);
    }
    let (r, c) = dims!([1, 2, 3], [4, 5, 6]);
    println!("{}x{}", r, c);
    groups! {
        small: 1 2 3;
        large: 100 200;
        single: 7;
    }
    pairs!(x => [a, b], y => [], z => [c]);
}
