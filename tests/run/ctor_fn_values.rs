// Tuple-struct and tuple-variant constructors used as function values: passed to `map`,
// stored in fn pointers, handed to generic functions; std's (`Some`, `Ok`, `Reverse`) and
// this crate's own.
use std::cmp::Reverse;

#[derive(Debug, Clone, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
struct Tagged<T>(T, &'static str);

#[derive(Debug)]
enum Token {
    Num(i64),
    Word(String),
}

fn apply_all<T, U>(items: Vec<T>, f: fn(T) -> U) -> Vec<U> {
    items.into_iter().map(f).collect()
}

fn top_three(scores: Vec<u32>) -> Vec<u32> {
    let mut heap: Vec<Reverse<u32>> = scores.into_iter().map(Reverse).collect();
    heap.sort();
    heap.into_iter().take(3).map(|Reverse(s)| s).collect()
}

fn main() {
    let lengths: Vec<Meters> = vec![1.5, 2.0, 0.25].into_iter().map(Meters).collect();
    println!("{:?}", lengths);

    let make_num: fn(i64) -> Token = Token::Num;
    let tokens: Vec<Token> = vec![make_num(7), Token::Word("seven".to_string())];
    println!("{:?}", tokens);
    let words: Vec<Token> = "the quick fox".split(' ').map(String::from).map(Token::Word).collect();
    println!("{:?}", words);

    println!("{:?}", apply_all(vec![1u8, 2, 3], Some));
    let parsed: Vec<Result<i32, String>> = apply_all(vec![4, 5], Ok);
    println!("{:?}", parsed);
    println!("{:?}", top_three(vec![40, 95, 12, 77, 88]));

    let pairs: Vec<Tagged<char>> = "ab".chars().map(|c| Tagged(c, "letter")).collect();
    println!("{:?}", pairs);
    let options: Vec<Option<Meters>> = lengths.iter().cloned().map(Some).collect();
    println!("{}", options.iter().filter(|o| o.is_some()).count());
}
