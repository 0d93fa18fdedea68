// an `if` without `else` used as a value of type i32
fn main() {
    let n = 3;
    let v: i32 = if n > 2 { 10 }; //~ ERROR E0317
    println!("{}", v);
}
