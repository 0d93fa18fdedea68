// usize and isize arithmetic (64-bit on the tested targets), casts to and from them, mixed-width accumulation
// only-64bit
fn triangular(n: usize) -> usize {
    let mut s: usize = 0;
    for i in 0..=n {
        s += i;
    }
    s
}

fn main() {
    let n: usize = 1000;
    println!("triangular(1000) = {}", triangular(n));
    let offset: isize = -250;
    let pos = (n as isize + offset) as usize;
    println!("pos = {}", pos);
    let mut i: isize = 10;
    let mut trace: isize = 0;
    while i > -10 {
        trace += i * i * if i < 0 { -1 } else { 1 };
        i -= 3;
    }
    println!("trace = {}", trace);
    let small: u8 = 200;
    let idx = small as usize * 1000;
    println!("idx = {}", idx);
    let neg = -1isize;
    println!("-1isize as u32 = {}", neg as u32);
    println!("usize 2^40 = {}", 1usize << 40);
    let big: usize = 4_000_000_000;
    println!("4e9 as i32 = {}", big as i32);
    let sum = triangular(5) as isize - 100;
    println!("sum = {}", sum);
}
