// A small arithmetic DSL: `calc!` reads `sum of`, `product of`, `avg of` lists and nests them; `poly!` builds a polynomial evaluator
macro_rules! calc {
    (sum of $($x:expr),+) => { 0 $(+ $x)+ };
    (product of $($x:expr),+) => { 1 $(* $x)+ };
    (avg of $($x:expr),+) => { calc!(sum of $($x),+) / calc!(count $($x),+) };
    (count $($x:expr),+) => { 0 $(+ { let _ = $x; 1 })+ };
    (square $x:expr) => {{ let v = $x; v * v }};
}


fn pow(base: i64, e: u32) -> i64 {
    let mut r = 1;
    let mut i = 0;
    while i < e {
        r *= base;
        i += 1;
    }
    r
}

macro_rules! eval_poly {
    ($v:expr; $($c:literal x^ $p:literal)+) => { 0i64 $(+ $c * pow($v, $p))+ };
}

fn main() {
    println!("{}", calc!(sum of 1, 2, 3, 4));
    println!("{}", calc!(product of 2, 3, 7));
    println!("{}", calc!(avg of 10, 20, 30, 40));
    println!("{}", calc!(count 5, 6, 7));
    println!("{}", calc!(square 1 + 2));
    println!("{}", calc!(sum of calc!(product of 2, 5), calc!(square 3), 1));
    let n = 6;
    println!("{}", calc!(product of n, n - 1, n - 2));
    for v in 0..4 {
        println!("p({}) = {}", v, eval_poly!(v; 3 x^ 2 2 x^ 1 1 x^ 0));
    }
    println!("{}", eval_poly!(-2; 1 x^ 3));
}
