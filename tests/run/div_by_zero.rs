// integer division by a runtime zero: panics with "attempt to divide by zero"
fn average(sum: u64, count: u64) -> u64 {
    sum / count
}

fn main() {
    let mut count = 3;
    let mut sum = 30;
    while sum > 0 {
        println!("average = {}", average(sum, count));
        sum -= 10;
        count -= 1;
    }
    println!("average = {}", average(sum, count));
}
