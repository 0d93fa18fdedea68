// i32 factorial until multiplication overflows at 13!: panics with "attempt to multiply with overflow"
fn main() {
    let mut f: i32 = 1;
    let mut n: i32 = 1;
    while n < 20 {
        f = f * n;
        println!("{}! = {}", n, f);
        n += 1;
    }
}
