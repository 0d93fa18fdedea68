// blocks as expressions: tail values, nested blocks, if/else chains as values, blocks in arguments and conditions
fn abs(x: i32) -> i32 {
    if x < 0 { -x } else { x }
}

fn sign(x: i64) -> i64 {
    if x > 0 {
        1
    } else if x < 0 {
        -1
    } else {
        0
    }
}

fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    {
        if x < lo {
            lo
        } else {
            if x > hi { hi } else { x }
        }
    }
}

fn main() {
    let a = {
        let x = 3;
        let y = 4;
        x * x + y * y
    };
    println!("a = {}", a);
    let b = {
        let inner = {
            let z = 10;
            z + 1
        };
        inner * 2
    };
    println!("b = {}", b);
    let c = if a > b { "a is bigger" } else { "b is bigger" };
    println!("{}", c);
    println!("abs: {} {} {}", abs(-5), abs(0), abs(7));
    println!("sign: {} {} {}", sign(-100), sign(0), sign(100));
    println!("clamp: {} {} {}", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(15, 0, 10));
    let d = abs({
        let t = 3 - 10;
        t * 2
    });
    println!("d = {}", d);
    if { let n = 4; n % 2 == 0 } {
        println!("block as condition");
    }
    let mut counter = 0;
    while { counter += 1; counter < 5 } {
        print!("{} ", counter);
    }
    println!();
    let e = 5 + if d > 10 { 100 } else { 200 } + { 1 };
    println!("e = {}", e);
    let parity = if a % 2 == 0 { 0u8 } else { 1 };
    println!("parity of a: {}", parity);
}
