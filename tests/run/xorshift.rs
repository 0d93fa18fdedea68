// xorshift64 pseudo-random generator (shifts drop bits without overflow), 10^6 draws bucketed and checksummed
fn xorshift(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

fn main() {
    let mut state: u64 = 88172645463325252;
    for _ in 0..5 {
        state = xorshift(state);
        println!("{}", state);
    }
    let mut buckets = (0u32, 0u32, 0u32, 0u32);
    let mut checksum: u64 = 0;
    for _ in 0..1_000_000 {
        state = xorshift(state);
        let b = state >> 62;
        if b == 0 {
            buckets.0 += 1;
        } else if b == 1 {
            buckets.1 += 1;
        } else if b == 2 {
            buckets.2 += 1;
        } else {
            buckets.3 += 1;
        }
        checksum ^= state;
    }
    println!("buckets {} {} {} {}", buckets.0, buckets.1, buckets.2, buckets.3);
    println!("checksum {}", checksum);
    let small = (state as u32) ^ ((state >> 32) as u32);
    println!("folded {}", small);
}
