// two independent borrow-check errors in different functions: reassigned immutable and possibly-uninitialized use
fn counter() -> u32 {
    let total = 0;
    for i in 0..4 {
        total = total + i; //~ ERROR E0384
    }
    total
}

fn maybe(flag: bool) -> i64 {
    let v: i64;
    if flag {
        v = 1;
    }
    v //~ ERROR E0381
}

fn main() {
    println!("{} {}", counter(), maybe(true));
}
