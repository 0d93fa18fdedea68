// Pascal's triangle via binomial coefficients computed with u64 multiply/divide, row sums as powers of two
fn binom(n: u64, k: u64) -> u64 {
    let k = if k > n - k { n - k } else { k };
    let mut r: u64 = 1;
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    r
}

fn main() {
    for n in 0..10 {
        for k in 0..=n {
            if k > 0 {
                print!(" ");
            }
            print!("{}", binom(n, k));
        }
        println!();
    }
    let mut row_sum = 0;
    for k in 0..=30 {
        row_sum += binom(30, k);
    }
    println!("sum of row 30 = {} = 2^30: {}", row_sum, row_sum == 1 << 30);
    println!("C(60, 30) = {}", binom(60, 30));
    println!("C(62, 31) = {}", binom(62, 31));
}
