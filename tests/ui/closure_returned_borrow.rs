// A returned closure may not borrow the function's locals
fn make_adder() -> impl Fn(i32) -> i32 {
    let offset = 5;
    |x| x + offset //~ ERROR E0373
}

fn main() {
    let add = make_adder();
    println!("{}", add(1));
}
