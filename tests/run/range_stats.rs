// Statistics over integer ranges: sums, products, counts, step_by, rev, inclusive ranges,
// range fields and methods, and slices taken with ranges.
fn mean(xs: &[i64]) -> i64 {
    let mut s = 0;
    for i in 0..xs.len() {
        s += xs[i];
    }
    s / xs.len() as i64
}

fn window_sums(xs: &[i64], w: usize) -> [i64; 4] {
    let mut out = [0; 4];
    for start in 0..=(xs.len() - w) {
        if start >= 4 {
            break;
        }
        let win = &xs[start..start + w];
        let mut s = 0;
        for k in 0..win.len() {
            s += win[k];
        }
        out[start] = s;
    }
    out
}

fn main() {
    let total: u32 = (1..=100).sum();
    let odd: u32 = (1..100).step_by(2).sum();
    let fact: u64 = (1..=20).product();
    println!("sum 1..=100 = {}, odd sum = {}, 20! = {}", total, odd, fact);

    let squares: u64 = (1..=10u64).map(|x| x * x).sum();
    println!("sum of squares = {}", squares);
    println!("multiples of 7 below 100: {}", (0..100).filter(|n| n % 7 == 0).count());

    print!("countdown:");
    for i in (0..5).rev() {
        print!(" {}", i);
    }
    println!();
    print!("by threes:");
    for i in (10..=30).step_by(3) {
        print!(" {}", i);
    }
    println!();

    let r = 5..12;
    println!("range {}..{} has {} values, contains 11: {}, contains 12: {}", r.start, r.end, r.len(), r.contains(&11), r.contains(&12));
    let ri = 1..=3;
    println!("inclusive {}..={} empty: {}", ri.start(), ri.end(), ri.is_empty());
    println!("empty range sum: {}", (7..7).sum::<i32>());

    let data = [3i64, 8, -2, 7, 10, 4, 6, 1];
    println!("mean all {} first half {} last three {}", mean(&data), mean(&data[..4]), mean(&data[5..]));
    println!("window sums {:?}", &window_sums(&data, 3)[..]);
    println!("middle {:?}", &data[2..=5]);
    let (lo, hi) = data.split_at(3);
    println!("split {:?} {:?}", lo, hi);

    let max = (0..data.len()).max_by_key(|&i| data[i]).unwrap();
    let min = (0..data.len()).min_by_key(|&i| data[i]).unwrap();
    println!("max at {} ({}), min at {} ({})", max, data[max], min, data[min]);
    println!("first above 6 at {:?}", (0..data.len()).position(|i| data[i] > 6));
    println!("all above -5: {}, any zero: {}", (0..8).all(|i| data[i] > -5), (0..8).any(|i| data[i] == 0));

    let mut u8s = 0u32;
    for b in 250u8..=255 {
        u8s += b as u32;
    }
    println!("250..=255 adds up to {}", u8s);
    let mut backwards = 0i32;
    for v in (-3..=3).rev() {
        backwards = backwards * 2 + v;
    }
    println!("folded backwards {}", backwards);
    println!("largest {:?}, smallest {:?}", (1..=9).map(|x| (x * 37) % 10).max(), (1..=9).map(|x| (x * 37) % 10).min());
}
