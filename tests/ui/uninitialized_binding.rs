// reading a binding that is only initialized on one branch
fn main() {
    let x: i32;
    let flag = 3 > 2;
    if flag {
        x = 1;
    }
    println!("{}", x); //~ ERROR E0381
}
