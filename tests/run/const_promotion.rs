// Borrows of constant expressions are promoted to 'static read-only data (rustc's constant
// promotion): lookup tables, keyword tables, default configurations returned by reference.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Keyword,
    Ident,
    Number,
    Op(char),
    End,
}

#[derive(Debug)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
}

const KEYWORDS: [(&str, u8); 5] = [("fn", 1), ("let", 2), ("if", 3), ("else", 4), ("return", 5)];
const OPERATORS: [(char, u8, bool); 5] = [('+', 10, false), ('-', 10, false), ('*', 20, false), ('/', 20, false), ('^', 30, true)];
const MAX_TOKENS: usize = 64;
// Constants of reference type point at constant memory too.
const TYPE_NAMES: &[&str] = &["i32", "u8", "bool", "str"];
const DEFAULT_NAME: &str = "default";
const FALLBACK: &Config = &Config { name: "fallback", indent: 8, tabs: true, ratio: 2.0, limits: [0; 3], mode: Some(Kind::End) };

fn keyword_id(word: &str) -> Option<&'static u8> {
    KEYWORDS.iter().find(|(k, _)| *k == word).map(|(_, id)| id)
}

/// Binding power and associativity of an operator, from a constant table.
fn operator_info(c: char) -> Option<&'static (char, u8, bool)> {
    OPERATORS.iter().find(|op| op.0 == c)
}

fn is_digit(c: u8) -> bool {
    c >= b'0' && c <= b'9'
}

fn is_alpha(c: u8) -> bool {
    (c >= b'a' && c <= b'z') || (c >= b'A' && c <= b'Z') || c == b'_'
}

fn is_type_name(word: &str) -> bool {
    TYPE_NAMES.iter().any(|t| *t == word)
}

fn tokenize(src: &str) -> Vec<Token<'_>> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < MAX_TOKENS {
        let c = bytes[i];
        if c == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        let kind = if is_digit(c) {
            while i < bytes.len() && is_digit(bytes[i]) {
                i += 1;
            }
            Kind::Number
        } else if is_alpha(c) {
            while i < bytes.len() && (is_alpha(bytes[i]) || is_digit(bytes[i])) {
                i += 1;
            }
            let word = &src[start..i];
            if keyword_id(word).is_some() || is_type_name(word) { Kind::Keyword } else { Kind::Ident }
        } else {
            i += 1;
            Kind::Op(c as char)
        };
        out.push(Token { kind, text: &src[start..i] });
    }
    out.push(Token { kind: Kind::End, text: "" });
    out
}

#[derive(Debug)]
struct Config {
    name: &'static str,
    indent: u8,
    tabs: bool,
    ratio: f64,
    limits: [u32; 3],
    mode: Option<Kind>,
}

/// The default configuration: no allocation, no copy, just a reference to constant data.
fn default_config() -> &'static Config {
    &Config { name: DEFAULT_NAME, indent: 4, tabs: false, ratio: 1.5, limits: [80, 100, 120], mode: None }
}

fn strict_config() -> &'static Config {
    &Config { name: "strict", indent: 2, tabs: false, ratio: 0.75, limits: [72, 80, 100], mode: Some(Kind::Keyword) }
}

fn pick_config(name: &str) -> &'static Config {
    match name {
        "strict" => strict_config(),
        "default" => default_config(),
        _ => FALLBACK,
    }
}

fn empty_list() -> &'static [u32] {
    &[]
}

fn month_lengths(leap: bool) -> &'static [u8; 12] {
    if leap {
        &[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    } else {
        &[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    }
}

fn day_names() -> &'static [&'static str] {
    &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}

fn unit_scale(name: &str) -> &'static u64 {
    match name {
        "k" => &1_000,
        "M" => &(1_000 * 1_000),
        "G" => &(1 << 30),
        _ => &1,
    }
}

fn neg_one() -> &'static i32 {
    &-1
}

fn nothing<T>() -> &'static Option<T> {
    &None
}

fn double(x: i64) -> i64 {
    x * 2
}

fn square(x: i64) -> i64 {
    x * x
}

fn commands() -> &'static [(&'static str, fn(i64) -> i64)] {
    &[("double", double as fn(i64) -> i64), ("square", square as fn(i64) -> i64)]
}

fn run_command(name: &str, arg: i64) -> Option<i64> {
    commands().iter().find(|(n, _)| *n == name).map(|&(_, f)| f(arg))
}

fn main() {
    let src = "fn area let w u8 12 * h 3 + if x ^ 2";
    let toks = tokenize(src);
    for t in &toks {
        match t.kind {
            Kind::Keyword => match keyword_id(t.text) {
                Some(id) => println!("keyword {:>6} id {}", t.text, id),
                None => println!("type    {:>6}", t.text),
            },
            Kind::Op(c) => match operator_info(c) {
                Some(&(_, bp, right)) => println!("op      {:>6} bp {} {}", t.text, bp, if right { "right" } else { "left" }),
                None => println!("op      {:>6} unknown", t.text),
            },
            other => println!("{:<7} {:>6}", format!("{:?}", other).to_lowercase(), t.text),
        }
    }

    let kinds: Vec<&'static (&str, u8)> = KEYWORDS.iter().filter(|(_, id)| id % 2 == 1).collect();
    println!("odd keywords: {:?}", kinds);

    for name in ["default", "strict", "other"].iter() {
        let c = pick_config(name);
        println!("{}: indent {} tabs {} ratio {} limits {:?} mode {:?}", c.name, c.indent, c.tabs, c.ratio, c.limits, c.mode);
    }
    println!("{:?}", default_config());
    println!("same default twice: {}", default_config() as *const Config == default_config() as *const Config);

    let days: u32 = month_lengths(false).iter().map(|&d| d as u32).sum();
    let leap_days: u32 = month_lengths(true).iter().map(|&d| d as u32).sum();
    println!("days {} leap {} feb {}", days, leap_days, month_lengths(true)[1]);
    println!("{}", day_names().join(","));
    println!("types {:?} first {}", TYPE_NAMES, TYPE_NAMES[0]);
    println!("empty {:?} len {}", empty_list(), empty_list().len());

    let total: u64 = ["k", "M", "G", "x"].iter().map(|s| *unit_scale(s)).sum();
    println!("scales sum {}", total);
    println!("neg {} nothing {:?} {:?}", neg_one(), nothing::<String>(), nothing::<(u8, char)>());

    for &(name, arg) in [("double", 21), ("square", 12), ("cube", 3)].iter() {
        match run_command(name, arg) {
            Some(v) => println!("{}({}) = {}", name, arg, v),
            None => println!("{}: no such command", name),
        }
    }

    // Borrows of constants outlive the statement that made them.
    let limits: &'static [u32; 3] = &[MAX_TOKENS as u32; 3];
    let pair: &'static (i32, bool) = &(7 / 2, 3 < 4);
    let none: &'static Option<i32> = &None;
    println!("{:?} {:?} {:?}", limits, pair, none);
}
