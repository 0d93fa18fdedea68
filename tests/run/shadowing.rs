// shadowing: same name rebound with new types and values, in nested blocks and loops, outer value restored
fn main() {
    let x = 5;
    println!("x = {}", x);
    let x = x * 2;
    println!("x = {}", x);
    {
        let x = x + 100;
        println!("inner x = {}", x);
        let x = x as u8;
        println!("inner x as u8 = {}", x);
    }
    println!("x after block = {}", x);
    let x = x > 5;
    println!("x is now a bool: {}", x);
    let x = if x { 1i64 << 40 } else { 0 };
    println!("x is now an i64: {}", x);
    let mut total = 0;
    for i in 0..3 {
        let i = i * 10;
        let total_before = total;
        total += i;
        println!("i = {}, total {} -> {}", i, total_before, total);
    }
    let y = 1;
    let y = {
        let y = y + 1;
        y * y
    };
    println!("y = {}", y);
    let (a, b) = (1, 2);
    let (b, a) = (a, b);
    println!("a = {}, b = {}", a, b);
}
