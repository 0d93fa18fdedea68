// A small configuration reader and expression tokenizer: key/value lines split with
// split_once/rsplit_once, sections, lists split with splitn/rsplit/split_terminator,
// char_indices-driven tokens, and comparisons between String, &str and str.

use std::collections::BTreeMap;
use std::iter::Peekable;
use std::str::CharIndices;

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Num(u32),
    Ident(&'a str),
    Op(char),
    Str(String),
}

fn tokenize(src: &str) -> Result<Vec<Token<'_>>, String> {
    let mut out = Vec::new();
    let mut it: Peekable<CharIndices<'_>> = src.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if let Some(d) = c.to_digit(10) {
            let mut n = d;
            while let Some((_, c2)) = it.next_if(|&(_, c2)| c2.is_ascii_digit()) {
                n = n * 10 + c2.to_digit(10).unwrap();
            }
            out.push(Token::Num(n));
        } else if c.is_alphabetic() || c == '_' {
            let mut end = start + c.len_utf8();
            while let Some((i, c2)) = it.next_if(|&(_, c2)| c2.is_alphanumeric() || c2 == '_') {
                end = i + c2.len_utf8();
            }
            out.push(Token::Ident(&src[start..end]));
        } else if c == '"' {
            let mut s = String::new();
            loop {
                match it.next() {
                    Some((_, '"')) => break,
                    Some((_, '\\')) => {
                        if let Some((_, e)) = it.next() {
                            s.push(if e == 'n' { '\n' } else { e });
                        }
                    }
                    Some((_, ch)) => s.push(ch),
                    None => return Err(format!("unterminated string at byte {}", start)),
                }
            }
            out.push(Token::Str(s));
        } else if "+-*/=<>".contains(c) {
            out.push(Token::Op(c));
        } else {
            return Err(format!("unexpected {:?} at byte {}", c, start));
        }
    }
    Ok(out)
}

fn parse_config(text: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let mut section = String::new();
    for raw in text.lines() {
        let line = match raw.split_once('#') {
            Some((before, _comment)) => before.trim_end(),
            None => raw.trim_end(),
        };
        let line = line.trim_start_matches(|c: char| c == ' ' || c == '\t');
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_ascii_lowercase();
            continue;
        }
        if let Some((key, value)) = line.split_once(" = ") {
            let full = if section.is_empty() { key.to_string() } else { format!("{}.{}", section, key) };
            map.insert(full, value.trim_matches('"').to_string());
        }
    }
    map
}

fn main() {
    let config = "\
name = \"demo\"   # the project
[Paths]
  root = /srv/app/releases/v2.1.0
  include = src;tests;benches;
[Build]
flags = -O2 -g -Wall
mode = Release
";
    let cfg = parse_config(config);
    for (k, v) in &cfg {
        println!("{} => {:?}", k, v);
    }

    let root = &cfg["paths.root"];
    let (dir, release) = root.rsplit_once('/').unwrap();
    let version = release.strip_prefix('v').unwrap_or(release);
    let parts: Vec<u32> = version.splitn(3, '.').map(|p| p.parse::<u32>().unwrap()).collect();
    println!("dir={} release={} version={:?}", dir, release, parts);
    let components: Vec<&str> = root.rsplit('/').take(2).collect();
    println!("last components: {:?}", components);

    let include = &cfg["paths.include"];
    let dirs: Vec<&str> = include.split_terminator(';').collect();
    println!("include dirs: {:?} ({} entries)", dirs, dirs.len());
    let flags: Vec<&str> = cfg["build.flags"].split(' ').collect();
    println!("flags: {:?}, -O flags: {}", flags, flags.iter().filter(|f| f.starts_with("-O")).count());

    let mode = &cfg["build.mode"];
    println!("release mode? {} {} {}", mode == "Release", "Release" == *mode, mode.eq_ignore_ascii_case("RELEASE"));
    let name: &String = &cfg["name"];
    println!("name matches? {} {}", name == "demo", &name[..2] == "de");

    let text = "a=1, b=22, c=333";
    let keys: Vec<&str> = text.matches(char::is_alphabetic).collect();
    let eqs: Vec<usize> = text.match_indices('=').map(|(i, _)| i).collect();
    let lines: Vec<&str> = "one\ntwo\nthree".split_inclusive('\n').collect();
    println!("{:?} {:?} {:?}", keys, eqs, lines);
    println!("{:?} {:?}", text.get(0..3), text.get(2..100));

    for src in ["total = price * 12 + tax_2", "msg = \"hi\\n there\"", "x = 3 $ 4", "y = \"open"] {
        match tokenize(src) {
            Ok(tokens) => println!("{:?}", tokens),
            Err(e) => println!("error: {}", e),
        }
    }
    let c: char = "Z".parse().unwrap();
    let bad = "ZZ".parse::<char>();
    println!("{} {:?} {:?}", c, bad, std::char::from_digit(7, 10));
    if let Err(e) = "".parse::<char>() {
        println!("{}", e);
    }
}
