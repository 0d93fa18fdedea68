// A little binary packet format: fields encoded with to_le_bytes/to_be_bytes and decoded
// with from_*_bytes, an Adler-32 and a Fletcher-16 checksum, a hex dump with chunks, and
// bit tricks (rotate_left, count_ones, leading_zeros, swap_bytes) for a hash.

#[derive(Debug, Clone, PartialEq)]
struct Packet {
    kind: u8,
    seq: u16,
    stamp: u32,
    offset: i64,
    payload: Vec<u8>,
}

impl Packet {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.payload.len());
        out.push(self.kind);
        out.extend_from_slice(&self.seq.to_be_bytes());
        out.extend_from_slice(&self.stamp.to_le_bytes());
        out.extend_from_slice(&self.offset.to_le_bytes());
        out.extend_from_slice(&(self.payload.len() as u16).to_be_bytes());
        out.extend_from_slice(&self.payload);
        let sum = adler32(&out);
        out.extend_from_slice(&sum.to_be_bytes());
        out
    }

    fn decode(bytes: &[u8]) -> Result<Packet, String> {
        if bytes.len() < 21 {
            return Err(format!("short packet: {} bytes", bytes.len()));
        }
        let (body, trailer) = bytes.split_at(bytes.len() - 4);
        let expected = u32::from_be_bytes(trailer.try_into().unwrap());
        let actual = adler32(body);
        if expected != actual {
            return Err(format!("checksum mismatch: {:08x} != {:08x}", expected, actual));
        }
        let seq = u16::from_be_bytes([body[1], body[2]]);
        let stamp = u32::from_le_bytes(body[3..7].try_into().unwrap());
        let offset = i64::from_le_bytes(body[7..15].try_into().unwrap());
        let len = u16::from_be_bytes([body[15], body[16]]) as usize;
        let payload = body[17..].to_vec();
        if payload.len() != len {
            return Err(format!("length {} but {} payload bytes", len, payload.len()));
        }
        Ok(Packet { kind: body[0], seq, stamp, offset, payload })
    }
}

fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(16) {
        for &byte in chunk {
            a = (a + byte as u32) % MOD;
            b = (b + a) % MOD;
        }
    }
    (b << 16) | a
}

fn fletcher16(data: &[u8]) -> u16 {
    let (s1, s2) = data.iter().fold((0u16, 0u16), |(s1, s2), &b| {
        let s1 = (s1 + b as u16) % 255;
        (s1, (s2 + s1) % 255)
    });
    (s2 << 8) | s1
}

fn mix_hash(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for word in data.chunks_exact(4) {
        let w = u32::from_ne_bytes([word[0], word[1], word[2], word[3]]);
        h = (h ^ w).wrapping_mul(0x0100_0193).rotate_left(5);
    }
    for &b in data.chunks_exact(4).remainder() {
        h = h.rotate_right(3) ^ b as u32;
    }
    h.swap_bytes()
}

fn hex_dump(bytes: &[u8]) {
    for (row, chunk) in bytes.chunks(8).enumerate() {
        let hex: Vec<String> = chunk.iter().map(|b| format!("{:02x}", b)).collect();
        let text: String = chunk.iter().map(|&b| if b.is_ascii_graphic() { b as char } else { '.' }).collect();
        println!("{:04x}: {:<23} |{}|", row * 8, hex.join(" "), text);
    }
}

fn main() {
    let p = Packet { kind: 7, seq: 0x1234, stamp: 1_700_000_000, offset: -42, payload: b"Hi, Rust!".to_vec() };
    let wire = p.encode();
    println!("{} bytes on the wire", wire.len());
    hex_dump(&wire);
    let back = Packet::decode(&wire).unwrap();
    println!("round trip ok: {} -> {:?}", back == p, back);

    let mut corrupted = wire.clone();
    corrupted[18] ^= 0x20;
    println!("{:?}", Packet::decode(&corrupted));
    println!("{:?}", Packet::decode(&wire[..10]));

    println!("adler32(Wikipedia) = {:08x}", adler32(b"Wikipedia"));
    println!("fletcher16(abcde) = {:04x}", fletcher16(b"abcde"));
    println!("mix = {:08x}", mix_hash(b"packet checksum demo"));

    let word: u32 = 0x00f0_0f00;
    println!(
        "ones={} zeros={} lz={} tz={} rotl={:08x} swap={:08x} rev={:08x}",
        word.count_ones(),
        word.count_zeros(),
        word.leading_zeros(),
        word.trailing_zeros(),
        word.rotate_left(12),
        word.swap_bytes(),
        word.reverse_bits()
    );
    println!("{:?} {:?} {:?}", 0x0102_0304u32.to_be_bytes(), (-2i16).to_le_bytes(), 1.5f32.to_bits().to_be_bytes());
    println!("{} {} {}", i32::from_be_bytes([0xff, 0xff, 0xff, 0xfe]), u64::from_le_bytes([1, 0, 0, 0, 0, 0, 0, 1]), f64::from_bits(u64::from_be_bytes([0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18])));
    println!("blocks={} padded={} root={} {}", 1000u32.div_ceil(64), 1000u32.next_multiple_of(64), 1_000_000u64.isqrt(), 99i32.isqrt());
    let hex_ok = "3fA9".bytes().all(|b| b.is_ascii_hexdigit());
    let upper: Vec<u8> = b"mixed Case 42".iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{} {:?}", hex_ok, String::from_utf8(upper));
    let lossy = String::from_utf8_lossy(&[72, 105, 0xff, 0xfe, 33]);
    println!("{} {:?}", lossy, String::from_utf8(vec![0xe2, 0x82]).map_err(|e| e.to_string()));
    let overlong = vec![b'o', b'k', 0xc0, 0x80];
    match std::str::from_utf8(&overlong) {
        Ok(s) => println!("valid {}", s),
        Err(e) => println!("invalid after {} bytes: {}", e.valid_up_to(), e),
    }
}
