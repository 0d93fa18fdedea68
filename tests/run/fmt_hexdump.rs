// a hex dump in the style of `xxd` and `hexdump -C`, with offsets, byte columns and ASCII
fn printable(b: u8) -> char {
    if b >= 0x20 && b < 0x7f {
        b as char
    } else {
        '.'
    }
}

fn dump_line(data: &[u8; 64], len: usize, offset: usize) {
    print!("{:08x}  ", offset);
    let mut i = 0;
    while i < 16 {
        if offset + i < len {
            print!("{:02x} ", data[offset + i]);
        } else {
            print!("   ");
        }
        if i == 7 {
            print!(" ");
        }
        i += 1;
    }
    print!(" |");
    i = 0;
    while i < 16 && offset + i < len {
        print!("{}", printable(data[offset + i]));
        i += 1;
    }
    println!("|");
}

fn main() {
    let mut data = [0u8; 64];
    let text = b"Hello, hex dump!\n\tformat {:02X}";
    let mut i = 0;
    while i < 31 {
        data[i] = text[i];
        i += 1;
    }
    while i < 64 {
        data[i] = ((i * 37) % 256) as u8 ^ 0xA5;
        i += 1;
    }
    let len = 57;
    let mut offset = 0;
    while offset < len {
        dump_line(&data, len, offset);
        offset += 16;
    }
    println!("{:08x}", len);
    // xxd -i style, uppercase, with prefixes
    i = 0;
    while i < 12 {
        print!("{:#04X}{}", data[i], if i % 6 == 5 { ",\n" } else { ", " });
        i += 1;
    }
    // words, little endian, in hex and with the debug-hex flag
    i = 0;
    while i < 8 {
        let w = data[i] as u32 | (data[i + 1] as u32) << 8 | (data[i + 2] as u32) << 16 | (data[i + 3] as u32) << 24;
        println!("word {}: {:#010x} {:X} {:x?} {:#X?}", i / 4, w, w, w, w);
        i += 4;
    }
}
