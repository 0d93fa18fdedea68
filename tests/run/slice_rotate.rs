// In-place slice puzzles: reverse, rotate, swap, split_at_mut, copy_from_slice, fill and the
// unstable sorts, all on arrays borrowed as slices.
fn reverse_words(buf: &mut [u8]) {
    // Reverse the whole sentence, then each word back.
    buf.reverse();
    let mut start = 0;
    let mut i = 0;
    while i <= buf.len() {
        if i == buf.len() || buf[i] == b' ' {
            buf[start..i].reverse();
            start = i + 1;
        }
        i += 1;
    }
}

fn show(label: &str, xs: &[i32]) {
    println!("{:<12} {:?}", label, xs);
}

fn cyclic_shift_puzzle(cells: &mut [i32]) -> u32 {
    // Rotate until the smallest element is first, counting steps.
    let mut steps = 0;
    let mut min_at = 0;
    for i in 0..cells.len() {
        if cells[i] < cells[min_at] {
            min_at = i;
        }
    }
    while min_at != 0 {
        cells.rotate_left(1);
        min_at -= 1;
        steps += 1;
    }
    steps
}

fn main() {
    let mut sentence = *b"slices are views into memory";
    reverse_words(&mut sentence);
    for &c in sentence.iter() {
        print!("{}", c as char);
    }
    println!();

    let mut v = [1, 2, 3, 4, 5, 6, 7, 8];
    v.rotate_left(3);
    show("rotate_left", &v);
    v.rotate_right(5);
    show("rotate_right", &v);
    v.swap(0, 7);
    show("swap", &v);
    {
        let (left, right) = v.split_at_mut(4);
        left.copy_from_slice(right);
        right.fill(0);
    }
    show("split/copy", &v);

    let mut ring = [40, 17, 93, 5, 61, 28];
    let steps = cyclic_shift_puzzle(&mut ring);
    println!("{} steps -> {:?}", steps, &ring[..]);

    let mut scores = [88, 42, 97, 42, 65, 100, 7];
    scores.sort_unstable();
    show("ascending", &scores);
    scores.sort_unstable_by(|a, b| b.cmp(a));
    show("descending", &scores);
    let mut words = ["pear", "fig", "banana", "elderberry", "apple"];
    words.sort_unstable_by_key(|w| w.len());
    println!("{:?}", &words[..]);
    words.sort_unstable();
    println!("{:?}", &words[..]);
    if let Some(last) = scores.last_mut() {
        *last = -1;
    }
    if let Some(first) = scores.first_mut() {
        *first += 1;
    }
    show("edited", &scores);
    println!("empty: {} / {}", scores.is_empty(), scores[..0].is_empty());
}
