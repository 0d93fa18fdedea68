// Reads its input like the Book's examples: a first line with read_line, then the rest
// with lines(), and reports per-line statistics with formatted output.
use std::io::{self, BufRead, Write};

fn count_words(line: &str) -> usize {
    let bytes = line.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let space = bytes[i] == b' ' || bytes[i] == b'\t';
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
        i += 1;
    }
    words
}

fn main() {
    print!("title? ");
    io::stdout().flush().unwrap();
    let mut title = String::new();
    let n = io::stdin().read_line(&mut title).unwrap();
    println!("read {} bytes: {:?}", n, title);

    let mut total_words = 0;
    let mut number = 0;
    for line in io::stdin().lock().lines() {
        let line = line.unwrap();
        number += 1;
        let words = count_words(&line);
        total_words += words;
        println!("{:>3} | {:<24} | {:2} words", number, line, words);
    }
    println!("{} lines, {} words", number, total_words);

    let mut after = String::new();
    let n = io::stdin().read_line(&mut after).unwrap();
    println!("at end: {} {:?}", n, after);
}
