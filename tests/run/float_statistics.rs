// Descriptive statistics of a data set: mean, variance, standard deviation, median,
// range and a z-score for every sample.

fn mean(data: &[f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..data.len() {
        sum += data[i];
    }
    sum / data.len() as f64
}

fn variance(data: &[f64], sample: bool) -> f64 {
    let m = mean(data);
    let mut acc = 0.0;
    for i in 0..data.len() {
        let d = data[i] - m;
        acc += d * d;
    }
    let n = if sample { data.len() - 1 } else { data.len() };
    acc / n as f64
}

fn sorted(data: &[f64; 10]) -> [f64; 10] {
    let mut v = *data;
    // insertion sort
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            let t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
            j -= 1;
        }
    }
    v
}

fn median(s: &[f64; 10]) -> f64 {
    let n = s.len();
    if n % 2 == 0 { (s[n / 2 - 1] + s[n / 2]) / 2.0 } else { s[n / 2] }
}

fn main() {
    let heights = [172.5, 168.0, 181.2, 159.9, 175.0, 190.3, 165.5, 170.0, 177.7, 162.4];
    let m = mean(&heights);
    let var_p = variance(&heights, false);
    let var_s = variance(&heights, true);
    let s = sorted(&heights);
    println!("n = {}", heights.len());
    println!("mean = {}", m);
    println!("mean (2 dp) = {:.2}", m);
    println!("population variance = {}", var_p);
    println!("sample variance = {:.4}", var_s);
    println!("population stddev = {}", var_p.sqrt());
    println!("sample stddev = {:.6}", var_s.sqrt());
    println!("median = {}", median(&s));
    println!("min = {}, max = {}, range = {:.1}", s[0], s[9], s[9] - s[0]);
    print!("sorted =");
    for i in 0..s.len() {
        print!(" {:?}", s[i]);
    }
    println!();
    let sd = var_p.sqrt();
    for i in 0..heights.len() {
        let z = (heights[i] - m) / sd;
        let bar_len = ((z + 3.0) * 4.0).round() as usize;
        print!("{:>6.1} z={:+.3} ", heights[i], z);
        for _ in 0..bar_len.min(24) {
            print!("#");
        }
        println!();
    }
    let cv = sd / m * 100.0;
    println!("coefficient of variation: {:.3}%", cv);
    let small = [1e-3f32, 2e-3, 4e-3];
    let mut t = 0.0f32;
    for i in 0..small.len() {
        t += small[i];
    }
    println!("f32 mean of {:?}, {:?}, {:?} = {}", small[0], small[1], small[2], t / 3.0);
}
