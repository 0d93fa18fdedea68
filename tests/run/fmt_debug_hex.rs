// `{:?}` and `{:#?}` on primitives, with options, and the debug-hex forms `{:x?}` / `{:X?}`
fn main() {
    let values: [i32; 5] = [0, 9, 10, 255, -1];
    let mut i = 0;
    while i < 5 {
        let v = values[i];
        println!("{:?} {:x?} {:X?} {:#x?} {:#X?} {:#?} [{:6?}] [{:<6x?}] [{:06X?}] [{:+?}]", v, v, v, v, v, v, v, v, v, v);
        i += 1;
    }
    // bytes of an UTF-8 string, debug-hex
    let s = "añ€";
    let bytes = [0x61u8, 0xc3, 0xb1, 0xe2, 0x82, 0xac];
    print!("{:?} =", s);
    i = 0;
    while i < 6 {
        print!(" {:02x?}", bytes[i]);
        i += 1;
    }
    println!();
    // strings and chars quote and escape under `?` and ignore width and precision
    println!("[{:?}] [{:10?}] [{:.1?}] [{:x?}] [{:#?}]", "tab\there", "ab", "abc", "hex?", "pretty");
    println!("[{:?}] [{:5?}] [{:>5?}] [{:#?}] [{:x?}]", 'q', '\n', 'é', '\'', 'z');
    // bool and unit pad under `?`
    println!("[{:?}] [{:7?}] [{:^7?}] [{:#?}] [{:?}] [{:4?}]", true, false, true, false, (), ());
    // pretty debug of a primitive is the same as debug
    println!("{:#?} {:#?} {:#?}", 42u8, -7i64, 'x');
    // 128-bit values under debug hex
    println!("{:x?} {:X?} {:#x?}", 340282366920938463463374607431768211455u128, -1i128, 1u128 << 100);
}
