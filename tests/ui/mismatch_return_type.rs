// the tail expression's type differs from the declared return type
fn is_small(x: i32) -> i32 {
    x < 10 //~ ERROR E0308
}

fn main() {
    println!("{}", is_small(3));
}
