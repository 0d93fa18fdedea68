// unreachable alternatives inside patterns, and arms after a catch-all binding
enum Op {
    Add,
    Sub,
    Mul,
}

fn apply(op: Op, a: Option<u8>) -> u8 {
    match (op, a) {
        (Op::Add | Op::Sub | Op::Add, Some(x)) => x,
        (Op::Mul, Some(1 | 2 | 1)) => 2,
        (_, None) => 0,
        other => { let _ = other; 9 }
        (Op::Mul, _) => 3,
    }
}

fn main() {
    let _ = apply(Op::Sub, None);
    let s = "b";
    match s { //~ ERROR E0004
        "a" => {}
        "b" => {}
    }
}
