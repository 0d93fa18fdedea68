// A word-frequency report over a few paragraphs, kept in a BTreeMap so every listing comes
// out sorted by word: counting with the entry API, lookups by &str, prefix queries through
// range, the longest and shortest words, and pruning rare words with retain.
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

const TEXT: &str = "The quick brown fox jumps over the lazy dog. The dog barks; the fox runs.
A lazy afternoon: the dog sleeps, the fox waits, and the brown leaves fall.
Quick thinking beats quick running, said the fox to the dog.";

fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            cur.push(c.to_ascii_lowercase());
        } else if !cur.is_empty() {
            out.push(cur.clone());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Stats {
    count: u32,
    first_at: usize,
    last_at: usize,
}

fn main() {
    let ws = words(TEXT);
    println!("{} words", ws.len());

    let mut freq: BTreeMap<String, u32> = BTreeMap::new();
    for w in &ws {
        *freq.entry(w.clone()).or_insert(0) += 1;
    }
    println!("{} distinct", freq.len());
    for (w, n) in &freq {
        println!("{:>10} {}", w, "*".repeat(*n as usize));
    }

    // Positions per word through or_default and and_modify.
    let mut stats: BTreeMap<&str, Stats> = BTreeMap::new();
    for (i, w) in ws.iter().enumerate() {
        stats
            .entry(w.as_str())
            .and_modify(|s| {
                s.count += 1;
                s.last_at = i;
            })
            .or_insert(Stats { count: 1, first_at: i, last_at: i });
    }
    println!("fox: {:?}", stats.get("fox"));
    println!("cat: {:?}", stats.get("cat"));
    println!("the spans {}..={}", stats["the"].first_at, stats["the"].last_at);

    // Lookups by &str on String keys.
    println!("contains 'lazy': {}", freq.contains_key("lazy"));
    println!("dog: {}", freq["dog"]);
    if let Some(n) = freq.get_mut("dog") {
        *n *= 10;
    }
    println!("dog x10: {:?}", freq.get_key_value("dog"));

    // Prefix query: every word from "b" up to (not including) "c".
    let b_words: Vec<(&String, &u32)> = freq.range("b".to_string().."c".to_string()).collect();
    println!("b-words: {:?}", b_words);
    let mut tail = String::new();
    for (w, _) in freq.range("s".to_string()..).rev() {
        tail.push_str(w);
        tail.push(' ');
    }
    println!("s.. backwards: {}", tail.trim_end());

    println!("first: {:?}", freq.first_key_value());
    println!("last: {:?}", freq.last_key_value());

    let longest = freq.keys().fold("", |best, w| if w.len() > best.len() { w.as_str() } else { best });
    println!("longest word: {}", longest);

    // Entry inspection.
    match freq.entry("zebra".to_string()) {
        Entry::Vacant(v) => println!("no {} yet", v.key()),
        Entry::Occupied(o) => println!("{} seen {} times", o.key(), o.get()),
    }
    match freq.entry("quick".to_string()) {
        Entry::Vacant(v) => println!("no {} yet", v.key()),
        Entry::Occupied(mut o) => {
            let old = o.insert(100);
            println!("{} was {}, now {}", o.key(), old, o.get());
        }
    }

    let total: u32 = freq.values().sum();
    println!("total weight {}", total);
    for v in freq.values_mut() {
        *v += 1;
    }
    freq.retain(|w, n| *n > 2 || w.len() > 7);
    println!("kept: {:?}", freq);

    let removed = freq.remove("the");
    println!("removed the: {:?}, left {}", removed, freq.len());
    let words_only: Vec<String> = freq.into_keys().collect();
    println!("{}", words_only.join(","));
}
