// two independent errors: an unknown name in one function, a mismatched type in another
fn first() -> i32 {
    undefined_value + 1 //~ ERROR E0425
}

fn second() -> bool {
    42 //~ ERROR E0308
}

fn main() {
    println!("{} {}", first(), second());
}
