// How floats print: Display and Debug, precision, width, alignment, fill, signs, zero
// padding, scientific notation, special values and f32 versus f64.

fn main() {
    let values = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1e21, 1.5e-5, 1e-7, 123456.789, f64::MAX, f64::MIN_POSITIVE, 5e-324];
    for i in 0..values.len() {
        let v = values[i];
        println!("{:<24} {:<24?} {:<24e} {:.3}", v, v, v, v);
    }
    println!();
    let x = 3.14159265358979;
    println!("[{}] [{:.0}] [{:.1}] [{:.2}] [{:.10}] [{:.20}]", x, x, x, x, x, x);
    println!("[{:10.3}] [{:<10.3}] [{:^10.3}] [{:>10.3}]", x, x, x, x);
    println!("[{:*^12.2}] [{:_<9}] [{:->9}]", x, 2.5, -2.5);
    println!("[{:+}] [{:+.2}] [{:+}] [{:+?}]", x, -x, 0.0, 1.0);
    println!("[{:08.2}] [{:+08.2}] [{:08.2}] [{:08}]", x, x, -x, -0.5);
    println!("[{:e}] [{:E}] [{:.3e}] [{:12.2e}] [{:<12.1E}] [{:+e}]", x, x * 1e10, x / 1e5, x, -x, x);
    let w = 14;
    let p = 4;
    println!("[{:w$.p$}] [{:>1$}] [{:.*}]", x, 12, 3, x, w = w, p = p);
    println!();
    // Rounding to a precision is exact and ties go to even.
    println!("{:.0} {:.0} {:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, 3.5, -0.5, -1.5);
    println!("{:.1} {:.1} {:.1} {:.2} {:.2}", 0.25, 0.35, 0.05, 1.005, 2.675);
    println!("{:.3} {:.2} {:.1}", 9.9995, 99.995, 9.96);
    // Special values.
    let inf = f64::INFINITY;
    let nan = f64::NAN;
    println!("{} {} {} {:?} {:e} [{:>6}] [{:<6}] [{:+}] [{:06}]", inf, -inf, nan, nan, inf, inf, nan, inf, -inf);
    // f32 prints its own shortest digits.
    let f = 0.1f32;
    println!("{} {} {:?} {} {}", f, f as f64, 16777217.0f32, 1.0e-40f32, f32::MAX);
    println!("{} {} {}", f32::EPSILON, f64::EPSILON, std::f32::consts::PI);
    println!("{:?} {:?} {:?}", 1e16f32, 1e-5f32, 123.0f32);
    let total: f64 = 0.1 + 0.2;
    println!("0.1 + 0.2 = {} ({:.17}, equal to 0.3: {})", total, total, total == 0.3);
}
