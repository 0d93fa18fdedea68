// deep recursion: Ackermann function (thousands of nested calls) and a recursive sum of 1..=n
fn ack(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ack(m - 1, 1)
    } else {
        ack(m - 1, ack(m, n - 1))
    }
}

fn sum_to(n: u64) -> u64 {
    if n == 0 { 0 } else { n + sum_to(n - 1) }
}

fn main() {
    for m in 0..4 {
        for n in 0..5 {
            print!("{} ", ack(m, n));
        }
        println!();
    }
    println!("ack(2, 100) = {}", ack(2, 100));
    println!("ack(3, 6) = {}", ack(3, 6));
    println!("sum_to(10000) = {}", sum_to(10000));
}
