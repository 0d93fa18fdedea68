// Compound assignment with a borrowed right operand (`total += x` over `&v`), as loops over
// references write it: core's `AddAssign<&T> for T` impls for the primitive types.
fn stats(samples: &[f64]) -> (f64, f64) {
    let mut sum = 0.0;
    let mut sq = 0.0;
    for s in samples {
        sum += s;
        sq += s * s;
    }
    let n = samples.len() as f64;
    let mean = sum / n;
    (mean, sq / n - mean * mean)
}

fn main() {
    let readings = vec![3, 9, 4, 12, 7];
    let mut total = 0;
    let mut max_gap = 0u32;
    let mut prev: Option<&u32> = None;
    for r in &readings {
        total += r;
        if let Some(p) = prev {
            let gap = if r > p { r - p } else { p - r };
            if gap > max_gap {
                max_gap = gap;
            }
        }
        prev = Some(r);
    }
    println!("total = {}, max gap = {}", total, max_gap);

    let mut mask = 0u8;
    let mut shifted = 1u64;
    for bit in [1u8, 4, 16].iter() {
        mask |= bit;
        shifted <<= &2u32;
    }
    println!("mask = {:#010b}, shifted = {}", mask, shifted);

    let mut product = 1i64;
    let factors: Vec<i64> = (1..=10).collect();
    for f in factors.iter().filter(|f| *f % 3 != 0) {
        product *= f;
    }
    product -= &40;
    product /= &7;
    println!("product = {}", product);

    let (mean, var) = stats(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
    println!("mean = {}, variance = {}", mean, var);
}
