// line!/column! and panic locations inside macro_rules! expansions name the outermost call site, as rustc reports them
macro_rules! here {
    () => {
        (line!(), column!())
    };
}

macro_rules! nested_here {
    () => {
        here!()
    };
}

macro_rules! check_positive {
    ($v:expr) => {
        if $v <= 0 {
            println!("not positive: {}", $v);
            panic!("check failed");
        }
    };
}

fn main() {
    let (l, c) = here!();
    println!("here: {}:{}", l, c);
    let (l2, c2) =
        nested_here!();
    println!("nested: {}:{}", l2, c2);
    check_positive!(5);
    println!("5 is fine");
    check_positive!(-3);
    println!("unreachable");
}
