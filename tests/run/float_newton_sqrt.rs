// Newton's method for square roots and cube roots, compared with the library, with the
// error after each step in scientific notation.

fn newton_sqrt(x: f64, verbose: bool) -> (f64, u32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let mut guess = if x > 1.0 { x / 2.0 } else { 1.0 };
    let mut steps = 0;
    loop {
        let next = 0.5 * (guess + x / guess);
        steps += 1;
        if verbose {
            println!("  step {:2}: {:<22} error {:e}", steps, next, (next - x.sqrt()).abs());
        }
        if (next - guess).abs() <= f64::EPSILON * next || steps == 100 {
            return (next, steps);
        }
        guess = next;
    }
}

fn newton_cbrt(x: f64) -> f64 {
    let mut y = x;
    for _ in 0..60 {
        let next = y - (y * y * y - x) / (3.0 * y * y);
        if next == y {
            break;
        }
        y = next;
    }
    y
}

fn main() {
    println!("sqrt(2) by Newton:");
    let (r, n) = newton_sqrt(2.0, true);
    println!("result {} after {} steps; library {}", r, n, 2.0f64.sqrt());
    println!();
    let values = [0.0, 0.25, 1.0, 2.0, 10.0, 144.0, 1e-10, 12345.6789, 1e100, 3.0e-300];
    for i in 0..values.len() {
        let v = values[i];
        let (r, n) = newton_sqrt(v, false);
        let lib = v.sqrt();
        let rel = if lib == 0.0 { 0.0 } else { (r - lib).abs() / lib };
        println!("sqrt({:e}) = {:.12e} in {:>3} steps (rel. error {:.1e}) {}", v, r, n, rel, if r == lib { "exact" } else { "close" });
    }
    println!();
    let cubes = [27.0, 2.0, 1000.0, 0.001, 123.456];
    for i in 0..cubes.len() {
        let c = cubes[i];
        println!("cbrt({}) = {} (library {})", c, newton_cbrt(c), c.cbrt());
    }
    let golden = (1.0 + 5.0f64.sqrt()) / 2.0;
    println!("golden ratio {} squared {} (phi + 1 = {})", golden, golden * golden, golden + 1.0);
    println!("sqrt(-1) = {}, sqrt(inf) = {}", (-1.0f64).sqrt(), f64::INFINITY.sqrt());
    println!("f32: sqrt(2) = {}, 1/sqrt(2) = {:.9}", 2.0f32.sqrt(), 1.0 / 2.0f32.sqrt());
}
