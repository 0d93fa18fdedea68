// scientific notation of integers: `{:e}` and `{:E}`, with precision, rounding and padding
fn main() {
    let populations: [u64; 6] = [8_100_000_000, 1_428_627_663, 67_000_000, 5_500, 100, 0];
    let mut i = 0;
    while i < 6 {
        let n = populations[i];
        println!("{:>13} = {:e} ~ {:.2e} ~ {:.0E} [{:>12.3e}]", n, n, n, n, n);
        i += 1;
    }
    // rounding to the precision is half to even on the exact value
    println!("{:.0e} {:.0e} {:.0e} {:.0e} {:.0e}", 15, 25, 35, 45, 55);
    println!("{:.1e} {:.1e} {:.1e} {:.1e} {:.1e}", 1250, 1251, 1350, 995, 9950);
    println!("{:.2e} {:.2e} {:.3e}", 99949, 99950, 123456789);
    // a precision longer than the digits pads with zeros
    println!("{:.5e} {:.10E} {:.3e}", 7, 12, 1000);
    // signs, zero padding and alignment
    println!("[{:e}] [{:+e}] [{:010e}] [{:+010.1e}] [{:<10e}] [{:^10E}] [{:*>10e}]", -1200, 5, 1234, 1234, -5, 31, 4);
    // every integer type
    println!("{:e} {:e} {:e} {:e} {:e}", 200u8, -128i8, 65535u16, -32768i16, 4294967295u32);
    println!("{:e} {:e} {:e}", -2147483648i32, 18446744073709551615u64, -9223372036854775808i64);
    println!("{:E} {:e}", 340282366920938463463374607431768211455u128, -170141183460469231731687303715884105728i128);
    // distances in metres
    let au: u64 = 149_597_870_700;
    let ly: u64 = 9_460_730_472_580_800;
    println!("1 au = {:.3e} m, 1 ly = {:.3e} m, ratio ~ {:e}", au, ly, ly / au);
}
