// Vec operations a program leans on: growth, insert/remove, retain, dedup, sort, slices.
fn show(label: &str, v: &[i32]) {
    println!("{:<14} {:?} (len {})", label, v, v.len());
}

fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(2);
    println!("capacity {} empty {}", v.capacity(), v.is_empty());
    for i in 0..10 {
        v.push((i * 7) % 11);
    }
    show("pushed", &v);
    v.insert(0, 100);
    v.insert(5, 50);
    show("inserted", &v);
    let r = v.remove(1);
    let s = v.swap_remove(0);
    println!("removed {} and {}", r, s);
    show("after remove", &v);
    v.retain(|x| *x % 2 == 0);
    show("evens", &v);
    let mut w = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    w.sort();
    show("sorted", &w);
    w.dedup();
    show("dedup", &w);
    w.reverse();
    show("reversed", &w);
    w.truncate(4);
    show("truncated", &w);
    w.extend_from_slice(&[7, 7]);
    show("extended", &w);
    let tail = w.split_off(3);
    show("head", &w);
    show("tail", &tail);
    println!("contains 9: {} contains 8: {}", w.contains(&9), w.contains(&8));
    println!("first {:?} last {:?}", w.first(), w.last());
    let mid = &v[1..3];
    show("slice 1..3", mid);
    let mut grid = vec![vec![0u8; 3]; 2];
    grid[1][2] = 9;
    println!("{:?}", grid);
    let mut total = 0;
    for x in &v {
        total += *x;
    }
    for x in v.iter_mut() {
        *x *= 10;
    }
    println!("sum {} scaled {:?}", total, v);
    let mut stack = Vec::new();
    stack.push("a");
    stack.push("b");
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
    v.clear();
    println!("cleared len {} is_empty {}", v.len(), v.is_empty());
}
