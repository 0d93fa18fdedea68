// `continue 'outer` without a loop labeled 'outer
fn main() {
    let mut i = 0;
    while i < 10 {
        i += 1;
        if i % 3 == 0 {
            continue 'outer; //~ ERROR E0426
        }
    }
    println!("{}", i);
}
