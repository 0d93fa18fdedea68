// hot loops: 10^6-iteration sums and a 3*10^6-step linear congruential generator, all in u64/u32
fn main() {
    let mut sum: u64 = 0;
    for i in 0..1_000_000u64 {
        sum += i;
    }
    println!("sum 0..10^6 = {}", sum);

    let mut squares: u64 = 0;
    let mut i: u64 = 1;
    while i <= 1_000_000 {
        squares += i * i % 1000;
        i += 1;
    }
    println!("sum of i*i%1000 = {}", squares);

    // LCG kept below 2^31 so nothing overflows
    let mut x: u64 = 12345;
    let mut hits: u32 = 0;
    for _ in 0..3_000_000 {
        x = (x * 1103515245 + 12345) % 2147483648;
        if x % 1000 < 7 {
            hits += 1;
        }
    }
    println!("lcg state = {}, hits = {}", x, hits);

    let mut count = 0u32;
    let mut n: u32 = 0;
    loop {
        n += 1;
        if n > 1_000_000 {
            break;
        }
        if n & 0xFF == 0x55 {
            count += 1;
        }
    }
    println!("count = {}", count);
}
