// A playlist editor built on Vec and slice operations: drain (fully and partly consumed,
// with the rest dropped and the tail moved back), splice, retain_mut, dedup_by_key,
// split_off/append, resize_with, rotate/fill/swap_with_slice, windows/chunks/rchunks,
// concat/join of nested vectors, Vec-to-array comparisons and ordering of vectors.

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Track {
    title: String,
    secs: u32,
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn t(title: &str, secs: u32) -> Track {
    Track { title: title.to_string(), secs }
}

fn titles(list: &[Track]) -> Vec<&str> {
    list.iter().map(|t| t.title.as_str()).collect()
}

fn main() {
    let mut list = vec![t("Intro", 65), t("Intro", 65), t("Blue", 241), t("Green", 198), t("Red", 305), t("Outro", 90)];
    list.dedup_by_key(|tr| tr.title.clone());
    println!("{:?}", titles(&list));

    let removed: Vec<Track> = list.drain(1..3).collect();
    println!("drained {:?}, left {:?}", titles(&removed), titles(&list));
    let spliced: Vec<Track> = list.splice(1..2, [t("Cyan", 180), t("Magenta", 222), t("Yellow", 199)]).collect();
    println!("spliced out {:?}, now {:?}", titles(&spliced), titles(&list));

    list.retain_mut(|tr| {
        tr.secs += 5;
        tr.secs < 225
    });
    println!("retained {:?}", list.iter().map(|tr| (tr.title.as_str(), tr.secs)).collect::<Vec<_>>());

    let mut tail = list.split_off(2);
    println!("head {:?} tail {:?}", titles(&list), titles(&tail));
    list.append(&mut tail);
    list.insert(0, t("Jingle", 12));
    let last = list.swap_remove(1);
    println!("swap_removed {} -> {:?} (tail empty: {})", last.title, titles(&list), tail.is_empty());
    let mut counter = 0;
    list.resize_with(6, || {
        counter += 1;
        t(&format!("Filler{}", counter), 30)
    });
    list.truncate(5);
    println!("{:?}", titles(&list));

    let mut sorted = list.clone();
    sorted.sort();
    println!("sorted by title: {:?}", titles(&sorted));
    println!("longest: {:?}", list.iter().max_by_key(|tr| tr.secs).map(|tr| &tr.title));

    // Partly consumed drains drop the rest and keep the tail.
    let mut owned = vec![Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d"), Noisy("e")];
    {
        let mut d = owned.drain(1..4);
        let first = d.next().unwrap();
        println!("took {}, {} left in drain", first.0, d.len());
    }
    println!("after drain: {:?}", owned.iter().map(|n| n.0).collect::<Vec<_>>());
    owned.clear();
    println!("cleared");

    let mut secs: Vec<u32> = sorted.iter().map(|tr| tr.secs).collect();
    let gaps: Vec<i64> = secs.windows(2).map(|w| w[1] as i64 - w[0] as i64).collect();
    let sides: Vec<u32> = secs.chunks(2).map(|c| c.iter().sum::<u32>()).collect();
    let from_end: Vec<Vec<u32>> = secs.rchunks(2).map(|c| c.to_vec()).collect();
    println!("{:?} {:?} {:?} {:?}", secs, gaps, sides, from_end);
    for pair in secs.chunks_exact_mut(2) {
        pair.swap(0, 1);
    }
    secs.rotate_left(1);
    println!("{:?} starts {} ends {}", secs, secs.starts_with(&[185]), secs.ends_with(&[204, 30]));
    let (left, right) = secs.split_at_mut(2);
    left.swap_with_slice(&mut right[..2]);
    if let Some((first, rest)) = secs.split_first_mut() {
        *first += rest.len() as u32;
    }
    println!("{:?}", secs);
    let mut scratch = [0u32; 4];
    scratch.copy_from_slice(&secs[..4]);
    scratch.fill_with(Default::default);
    scratch[1..3].fill(7);
    println!("{:?} {:?}", scratch, scratch == [0, 7, 7, 0]);

    let sides_a = vec![vec![1, 2], vec![3]];
    let sides_b = vec![vec![4], vec![], vec![5, 6]];
    let whole: Vec<i32> = [sides_a.concat(), sides_b.concat()].concat();
    let joined = sides_b.join(&0);
    let names = vec!["Ann".to_string(), "Bo".to_string()];
    println!("{:?} {:?} {} {} {:?}", whole, joined, names.join(" & "), names.concat(), [[1, 2], [3, 4]].concat());
    println!("{} {} {} {}", whole == [1, 2, 3, 4, 5, 6], joined == vec![4, 0, 0, 5, 6], &whole[..2] == [1, 2], vec![1, 2] < vec![1, 3]);
    let mut grid: Vec<Vec<i32>> = vec![vec![3, 1], vec![2, 9, 9], vec![2, 9], vec![]];
    grid.sort();
    println!("{:?} {:?}", grid, grid.iter().max());
    let parts: Vec<&[i32]> = whole.split(|x| x % 3 == 0).collect();
    let boxed: Box<[i32]> = Vec::from([9, 8, 7]).into_boxed_slice();
    println!("{:?} {:?} {:?} {:?}", parts, [0, 1].repeat(3), boxed, boxed.iter().rev().collect::<Vec<_>>());
    let mut stack = vec![1, 2, 3, 4];
    let grown = {
        stack.extend_from_within(1..3);
        stack.len()
    };
    println!("{:?} {} {:?} {:?}", stack, grown, stack.binary_search(&3), stack.iter().rev().skip_while(|&&x| x > 2).collect::<Vec<_>>());
}
