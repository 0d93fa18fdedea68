// calling a one-parameter function with three arguments
fn neg(a: i64) -> i64 {
    -a
}

fn main() {
    println!("{}", neg(1, 2, 3)); //~ ERROR E0061
}
