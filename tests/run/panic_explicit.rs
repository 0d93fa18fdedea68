// explicit panic!("...") from a nested function after some output; exit code 101 and the panic message on stderr
fn validate(x: i32) -> i32 {
    if x > 2 {
        panic!("value out of range");
    }
    x * 2
}

fn main() {
    for i in 0..10 {
        let v = validate(i);
        println!("validated {} -> {}", i, v);
    }
    println!("not reached");
}
