// bool truth tables for && || ! ^ & | == !=, and short-circuit evaluation observed through side effects
fn t(label: u32, value: bool) -> bool {
    print!("[{}]", label);
    value
}

fn show(a: bool, b: bool) {
    println!("{} {} | and {} or {} xor {} nand {} eq {} ne {} bitand {} bitor {}",
        a, b, a && b, a || b, a ^ b, !(a && b), a == b, a != b, a & b, a | b);
}

fn main() {
    show(false, false);
    show(false, true);
    show(true, false);
    show(true, true);
    println!("!true = {}, !false = {}, !!true = {}", !true, !false, !!true);
    let r1 = t(1, false) && t(2, true);
    println!(" -> {}", r1);
    let r2 = t(3, true) || t(4, false);
    println!(" -> {}", r2);
    let r3 = t(5, true) && t(6, false) || t(7, true);
    println!(" -> {}", r3);
    let r4 = t(8, false) || t(9, false) && t(10, true);
    println!(" -> {}", r4);
    let r5 = t(11, false) & t(12, true);
    println!(" -> {}", r5);
    let r6 = t(13, true) | t(14, true);
    println!(" -> {}", r6);
    let mut flag = false;
    flag |= true;
    flag &= true;
    flag ^= true;
    println!("flag = {}", flag);
    println!("{:?} {:?}", true, false);
    println!("true < false: {}, false < true: {}, true > false: {}", true < false, false < true, true > false);
    let mut count = 0;
    for a in 0..2 {
        for b in 0..2 {
            for c in 0..2 {
                let (x, y, z) = (a == 1, b == 1, c == 1);
                if (x || y) && !(y && z) || x == z {
                    count += 1;
                }
            }
        }
    }
    println!("satisfying assignments: {}", count);
}
