// `loop` with `break value`: search loops returning numbers, bools and tuples; nested loops each breaking with a value
fn first_square_above(limit: u32) -> u32 {
    let mut n = 0;
    loop {
        if n * n > limit {
            break n * n;
        }
        n += 1;
    }
}

fn find_pair(target: i32) -> (i32, i32) {
    let mut a = 1;
    loop {
        let mut b = a;
        let found = loop {
            if a * b == target && a + b == 13 {
                break true;
            }
            if b > target {
                break false;
            }
            b += 1;
        };
        if found {
            break (a, b);
        }
        a += 1;
        if a > target {
            break (-1, -1);
        }
    }
}

fn main() {
    println!("first square above 50: {}", first_square_above(50));
    println!("first square above 1000000: {}", first_square_above(1000000));
    let (a, b) = find_pair(36);
    println!("a + b = 13 and a * b = 36: {} {}", a, b);
    let none = find_pair(7);
    println!("no pair for 7: {} {}", none.0, none.1);
    let mut i = 0u64;
    let power = loop {
        i += 1;
        if 1u64 << i > 1_000_000_000_000 {
            break i;
        }
    };
    println!("2^{} is the first power of two above 10^12", power);
    let mut steps = 0;
    loop {
        steps += 1;
        if steps == 3 {
            break;
        }
    }
    println!("steps = {}", steps);
    let v = loop {
        break loop {
            break 42;
        } + 1;
    };
    println!("v = {}", v);
}
