// `let` needs an irrefutable pattern; `Some(x)` is not one
fn main() {
    let maybe: Option<u32> = Some(4);
    let Some(x) = maybe; //~ ERROR E0005
    println!("{}", x);
}
