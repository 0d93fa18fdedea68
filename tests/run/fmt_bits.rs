// bit patterns: binary, octal and hex of signed and unsigned values, negatives in two's complement
fn show8(x: i8) {
    println!("{:>5}: {:08b} {:>4o} {:02x} {:#010b} {:#06o} {:#04X}", x, x, x, x, x, x, x);
}

fn show16(x: i16) {
    println!("{:>7}: {:016b} {:>7o} {:04x} {:#x}", x, x, x, x, x);
}

fn main() {
    let bytes: [i8; 8] = [0, 1, 5, 127, -1, -2, -128, -86];
    let mut i = 0;
    while i < 8 {
        show8(bytes[i]);
        i += 1;
    }
    let halves: [i16; 5] = [300, -300, 32767, -32768, 0x0F0F];
    i = 0;
    while i < 5 {
        show16(halves[i]);
        i += 1;
    }
    let w: i32 = -559038737;
    println!("{:x} {:X} {:o} {:b}", w, w, w, w);
    println!("{:#x} {:#X} {:#o} {:#b}", w as u32, w as u32, w as u32, w as u32);
    let big: i64 = -1;
    println!("{:x} {:o}", big, big);
    println!("{:b}", big);
    let mask: u64 = 0x8000_0000_0000_0001;
    println!("{:#066b}", mask);
    println!("{:#024o}", mask);
    // flags in a register, one row per nibble
    let reg: u16 = 0b1010_0110_0001_1111;
    let mut shift = 12;
    loop {
        let nib = (reg >> shift) & 0xF;
        println!("bits {:>2}..{:<2} = {:04b} = {:#3x} = {:>2}", shift + 3, shift, nib, nib, nib);
        if shift == 0 {
            break;
        }
        shift -= 4;
    }
    // 128-bit values
    let wide: u128 = 0x0123_4567_89AB_CDEF_FEDC_BA98_7654_3210;
    println!("{:x}", wide);
    println!("{:#034X}", wide);
    let neg: i128 = -2;
    println!("{:x}", neg);
    println!("{:o}", neg);
    println!("{} {} {:e}", wide, neg, wide);
}
