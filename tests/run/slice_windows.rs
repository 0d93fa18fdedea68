// Sliding-window averages with windows(), block checksums with chunks() and chunks_exact(),
// and the same walks from the back (DoubleEndedIterator) and by count (ExactSizeIterator).
fn moving_average(samples: &[u32], width: usize) -> u32 {
    let mut best = 0;
    for w in samples.windows(width) {
        let mut sum = 0;
        for &s in w {
            sum += s;
        }
        let avg = sum / width as u32;
        print!("{} ", avg);
        if avg > best {
            best = avg;
        }
    }
    println!();
    best
}

/// Fletcher-16 over one block.
fn fletcher16(block: &[u8]) -> u16 {
    let mut a: u16 = 0;
    let mut b: u16 = 0;
    for &byte in block {
        a = (a + byte as u16) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}

fn rising_pairs(xs: &[i32]) -> usize {
    let mut n = 0;
    for w in xs.windows(2) {
        if w[1] > w[0] {
            n += 1;
        }
    }
    n
}

fn main() {
    let samples = [12, 15, 11, 30, 42, 38, 7, 9, 21, 25, 24];
    println!("{} windows of 3", samples.windows(3).len());
    let best = moving_average(&samples, 3);
    println!("best 3-sample average: {}", best);
    let best5 = moving_average(&samples, 5);
    println!("best 5-sample average: {}", best5);
    println!("too wide: {}", samples.windows(20).len());

    let data = b"The quick brown fox jumps over the lazy dog";
    println!("{} bytes in {} blocks of 8", data.len(), data.chunks(8).len());
    for (i, block) in data.chunks(8).enumerate() {
        println!("block {} ({} bytes): {:04x}", i, block.len(), fletcher16(block));
    }
    let exact = data.chunks_exact(8);
    println!("exact blocks leave {} bytes: {:?}", exact.remainder().len(), exact.remainder());
    let mut total: u32 = 0;
    for block in data.chunks_exact(8) {
        total += fletcher16(block) as u32;
    }
    println!("sum of whole-block checksums: {}", total);

    print!("last blocks first:");
    for block in data.chunks(16).rev() {
        print!(" {}", block.len());
    }
    println!();
    let last_window = samples.windows(4).rev().next();
    println!("last window: {:?}", last_window);

    let readings = [3, 4, 4, 6, 5, 8, 9, 9, 12];
    println!("rising pairs: {}", rising_pairs(&readings));
}
