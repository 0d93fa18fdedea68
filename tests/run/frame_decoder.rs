// Decodes length-prefixed frames from a byte buffer: fixed-size headers taken out of slices
// with `try_into` (`&[u8]` -> `[u8; N]`), frames indexed in a BTreeMap and queried with
// explicit `Bound`s.
use std::collections::BTreeMap;
use std::convert::TryInto;
use std::ops::Bound;

#[derive(Debug)]
struct Frame {
    kind: u8,
    payload: Vec<u8>,
}

fn read_u16(bytes: &[u8]) -> u16 {
    let b: [u8; 2] = bytes[..2].try_into().expect("two bytes");
    (b[0] as u16) << 8 | b[1] as u16
}

fn decode(buf: &[u8]) -> Result<BTreeMap<u16, Frame>, String> {
    let mut frames = BTreeMap::new();
    let mut at = 0;
    while at < buf.len() {
        let rest = &buf[at..];
        let header: [u8; 4] = match rest[..rest.len().min(4)].try_into() {
            Ok(h) => h,
            Err(_) => return Err(format!("truncated header at {}", at)),
        };
        let id = read_u16(&header);
        let len = header[3] as usize;
        let body = &buf[at + 4..];
        if body.len() < len {
            return Err(format!("frame {} wants {} bytes, {} left", id, len, body.len()));
        }
        frames.insert(id, Frame { kind: header[2], payload: body[..len].to_vec() });
        at += 4 + len;
    }
    Ok(frames)
}

fn main() {
    let buf = [0, 7, 1, 2, 0xAA, 0xBB, 0, 3, 2, 0, 0, 9, 1, 3, b'h', b'i', b'!', 1, 0, 4, 1, 0x10];
    let frames = decode(&buf).unwrap();
    for (id, f) in &frames {
        println!("{:>4} kind={} {:?}", id, f.kind, f.payload);
    }
    let after: Vec<u16> = frames.range((Bound::Excluded(3), Bound::Unbounded)).map(|(id, _)| *id).collect();
    println!("after 3: {:?}", after);
    let upto: Vec<u16> = frames.range((Bound::Unbounded, Bound::Included(7))).map(|(id, _)| *id).collect();
    println!("up to 7: {:?}", upto);
    let bytes: usize = frames.range(3..=9).map(|(_, f)| f.payload.len()).sum();
    println!("payload bytes in 3..=9: {}", bytes);
    let pair: [u8; 2] = buf[4..6].try_into().unwrap();
    println!("{:?} {}", pair, read_u16(&pair));
    println!("{:?}", decode(&buf[..10]));
    println!("{:?}", decode(&[0, 1, 0]));
    let wrong: Result<[u8; 3], _> = buf[..2].try_into();
    println!("{}", wrong.is_err());
}
