// two functions with the same name in one module
fn helper() -> i32 {
    1
}

fn helper() -> i32 { //~ ERROR E0428
    2
}

fn main() {
    println!("{}", helper());
}
