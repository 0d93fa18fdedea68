// Conversions with `as`: float to integer truncates toward zero and saturates (NaN is 0),
// integer to float rounds to nearest, f64 to f32 rounds; plus bit patterns, comparisons
// with NaN, remainders and constant evaluation of float expressions.

const GRAVITY: f64 = 9.81;
const HALF_G: f64 = GRAVITY / 2.0;
const THIRD: f32 = 1.0 / 3.0;
const LIMIT: i32 = (HALF_G * 100.0) as i32;
static SCALES: [f64; 3] = [0.5 * 2.0, 1e3 / 8.0, -(2.0 - 0.25)];

fn show(x: f64) {
    println!(
        "{:>12?}: i8 {:>4} u8 {:>3} i32 {:>11} u32 {:>10} i64 {:>20} u64 {:>20} f32 {:?}",
        x, x as i8, x as u8, x as i32, x as u32, x as i64, x as u64, x as f32
    );
}

fn main() {
    let samples = [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 127.5, 128.0, -129.0, 255.99, 256.0, 3e9, -3e9, 1e19, 1e20, -1e20, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 1e-300];
    for i in 0..samples.len() {
        show(samples[i]);
    }
    let ints: [i64; 7] = [0, -1, 16_777_217, 9_007_199_254_740_993, i64::MAX, i64::MIN, 123_456_789];
    for i in 0..ints.len() {
        let n = ints[i];
        println!("{:>20} -> f64 {:?} f32 {:?} u64->f64 {:?}", n, n as f64, n as f32, n as u64 as f64);
    }
    println!("u128 max as f32 {:?}, as f64 {:?}", u128::MAX as f32, u128::MAX as f64);
    println!("i128 from 1e30: {}, from -1e40: {}", 1e30f64 as i128, -1e40f64 as i128);
    let big = 123456789.987654321f64;
    println!("f64 {} -> f32 {} -> f64 {}", big, big as f32, big as f32 as f64);
    println!("bits of 1.0: {:#018x}, of -2.5f32: {:#010x}", 1.0f64.to_bits(), (-2.5f32).to_bits());
    println!("from bits: {} {}", f64::from_bits(0x4009_21fb_5444_2d18), f32::from_bits(0x3f80_0001));
    let nan = f64::NAN;
    println!("NaN: == {} != {} < {} >= {} is_nan {}", nan == nan, nan != nan, nan < 1.0, nan >= 1.0, nan.is_nan());
    println!("-0 == 0: {}, signs {} {}", -0.0f64 == 0.0, (-0.0f64).is_sign_negative(), 0.0f64.is_sign_negative());
    println!("rem: {} {} {} {} {}", 7.5 % 2.0, -7.5 % 2.0, 7.5 % -2.0, 1e300 % 3.0, 5.0f32 % 0.3);
    println!("rem_euclid: {} {} div_euclid: {} {}", (-7.5f64).rem_euclid(2.0), 7.5f64.rem_euclid(-2.0), (-7.5f64).div_euclid(2.0), 7.5f64.div_euclid(-2.0));
    println!("consts: {} {} {} {} {:?} {:?} {:?}", GRAVITY, HALF_G, THIRD, LIMIT, SCALES[0], SCALES[1], SCALES[2]);
    println!("limits: {} {} {:e} {:e}", f64::MAX, f64::MIN, f64::MIN_POSITIVE, f32::MIN_POSITIVE);
    println!("min/max/clamp: {} {} {} {} {}", 1.5f64.min(-2.0), 1.5f64.max(f64::NAN), 7.0f64.clamp(0.0, 5.0), (-1.0f64).signum(), (-3.25f64).abs());
    println!("floor/ceil/round/trunc: {} {} {} {} {} {}", (-2.5f64).floor(), (-2.5f64).ceil(), (-2.5f64).round(), 2.5f64.round(), (-2.7f64).trunc(), 2.7f64.fract());
}
