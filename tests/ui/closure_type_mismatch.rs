// Closures have unique types: not an i32, and not each other's type
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    let inc = |x: i32| x + 1;
    let n: i32 = inc; //~ ERROR E0308
    let flag = apply(|x: i32| x == 1); //~ ERROR E0308
    let mut op = |x: i32| x;
    op = |x: i32| x * 2; //~ ERROR E0308
    println!("{} {} {}", n, flag, op(3));
}
