// a function with a return type whose body ends in a statement returns `()`
fn double(x: u32) -> u32 { //~ ERROR E0308
    x * 2;
}

fn main() {
    println!("{}", double(4));
}
