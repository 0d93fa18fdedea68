// A word and line counter in the spirit of `wc`: lines, words, chars and bytes of a text,
// the longest line and word, words per line, and counts of a few words ignoring case.

const TEXT: &str = "It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,

it was the season of Light, it was the season of Darkness…
\tit was the spring of hope, it was the winter of despair.";

fn strip_punctuation(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

fn main() {
    let mut lines = 0;
    let mut words = 0;
    let mut longest_line = "";
    let mut longest_word = "";
    for (i, line) in TEXT.lines().enumerate() {
        lines += 1;
        let mut n = 0;
        for w in line.split_whitespace() {
            n += 1;
            let w = strip_punctuation(w);
            if w.chars().count() > longest_word.chars().count() {
                longest_word = w;
            }
        }
        words += n;
        if line.len() > longest_line.len() {
            longest_line = line;
        }
        let trimmed = line.trim();
        println!("{:>2}: {:>2} words {:>3} chars{}", i + 1, n, line.chars().count(), if trimmed.is_empty() { " (blank)" } else { "" });
    }
    println!("lines {}, words {}, chars {}, bytes {}", lines, words, TEXT.chars().count(), TEXT.len());
    println!("longest line: {:?}", longest_line.trim());
    println!("longest word: {} ({} letters)", longest_word, longest_word.len());
    let targets = ["it", "was", "of", "times", "light"];
    for t in 0..targets.len() {
        let mut count = 0;
        for w in TEXT.split_whitespace() {
            if strip_punctuation(w).eq_ignore_ascii_case(targets[t]) {
                count += 1;
            }
        }
        println!("{:>6}: {}", targets[t], count);
    }
    let mut sentences = 0;
    for part in TEXT.split(|c: char| c == '.' || c == ',') {
        if !part.trim().is_empty() {
            sentences += 1;
        }
    }
    println!("clauses: {}", sentences);
    println!("first 'worst' at byte {:?}, last 'was' at {:?}", TEXT.find("worst"), TEXT.rfind("was"));
    println!("starts with 'It': {}, ends with '.': {}, has 'Light': {}", TEXT.starts_with("It"), TEXT.ends_with('.'), TEXT.contains("Light"));
    let first = TEXT.lines().next().unwrap_or("");
    match first.split_once(", ") {
        Some((a, b)) => println!("split once: [{}] [{}]", a, b),
        None => println!("no comma"),
    }
    let upper = first.chars().filter(|c| c.is_uppercase()).count();
    println!("uppercase letters in line 1: {}; first word reversed: {}", upper, first.split(' ').next().unwrap_or("").chars().rev().count());
}
