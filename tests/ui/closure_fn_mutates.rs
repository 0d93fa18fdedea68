// A closure passed where Fn is required cannot assign to a captured variable
fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut total = 0;
    call_twice(|| total += 1); //~ ERROR E0594
    println!("{}", total);
}
