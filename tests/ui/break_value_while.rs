// `break` with a value is only allowed in `loop`, not in `while`
fn main() {
    let mut i = 0;
    let r = while i < 10 {
        i += 1;
        if i == 5 {
            break i; //~ ERROR E0571
        }
    };
    println!("{:?}", r);
}
