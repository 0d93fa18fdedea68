// A text normalizer: Cow<str> for borrow-or-own results, String editing (retain, drain,
// replace_range, insert_str, split_off), replace/replacen with char, str and closure
// patterns, Unicode case mapping (including the final sigma), char ranges and
// comparisons across String, &str, str and Cow.

use std::borrow::Cow;

fn normalize_spaces(input: &str) -> Cow<'_, str> {
    if !input.contains("  ") && !input.contains('\t') {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut last_space = false;
    for c in input.chars() {
        let space = c == ' ' || c == '\t';
        if !(space && last_space) {
            out.push(if space { ' ' } else { c });
        }
        last_space = space;
    }
    Cow::Owned(out)
}

fn strip_markup(s: &mut String) {
    let mut depth = 0;
    s.retain(|c| match c {
        '<' => {
            depth += 1;
            false
        }
        '>' => {
            depth -= 1;
            false
        }
        _ => depth == 0,
    });
}

fn main() {
    for line in ["plain text", "lots   of\tspace", "x  y"] {
        let n = normalize_spaces(line);
        let kind = match &n {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("{:<8} {:?} len={} eq={}", kind, n, n.len(), n == line);
    }
    let mut cow: Cow<str> = Cow::Borrowed("shared");
    cow.to_mut().push_str(" then owned");
    let owned: String = cow.clone().into_owned();
    let x: Cow<str> = "x".into();
    println!("{} | {} | {} {}", cow, owned, matches!(cow, Cow::Owned(_)), x == Cow::<str>::Owned("x".to_string()));

    let mut doc = String::from("<p>Hello, <b>brave</b> new world!</p>");
    strip_markup(&mut doc);
    println!("{}", doc);
    let greeting: String = doc.drain(..7).collect();
    println!("drained {:?}, left {:?}", greeting, doc);
    doc.replace_range(0..5, "bold");
    doc.insert_str(0, ">> ");
    let tail = doc.split_off(doc.find(' ').unwrap() + 1);
    println!("{:?} + {:?}", doc, tail);

    let csv = "a;b;;c;d";
    println!("{}", csv.replace(';', ", "));
    println!("{}", csv.replacen(";;", ";-;", 1).replacen(';', "|", 2));
    println!("{}", "hello world".replace(|c: char| "aeiou".contains(c), "*"));
    println!("{}", "2024-01-15".replace("-", "/").replacen('/', ".", 1));

    let words = ["straße", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ÉCOLE"];
    for w in words {
        println!("{} -> upper {} lower {} ascii-upper {}", w, w.to_uppercase(), w.to_lowercase(), w.to_ascii_uppercase());
    }
    println!("{}", "ΣΑΣ ΣΑ".to_lowercase());

    let alphabet: String = ('a'..='z').step_by(5).collect();
    let digits: Vec<char> = ('0'..'5').rev().collect();
    let from_refs: String = digits.iter().collect();
    let mut built = String::from("#");
    built.extend(digits.iter());
    built.extend(['!', '?']);
    built.extend(vec![Cow::Borrowed("-"), Cow::Owned("end".to_string())]);
    println!("{} {:?} {} {} {}", alphabet, digits, from_refs, built, ('a'..='c').count());

    let s = String::from("apple");
    let r: &str = "apple";
    let c: Cow<str> = Cow::Borrowed("apple");
    println!(
        "{} {} {} {} {} {} {} {}",
        s == r,
        r == s,
        &s == r,
        s == *r,
        c == s,
        s == c,
        c == r,
        *r == s
    );
    let mut parts: Vec<String> = "x=1;y=22;z=333".split(';').map(str::to_owned).collect();
    parts.sort_by(|a, b| b.len().cmp(&a.len()));
    let slice_copy: Vec<u8> = b"bytes"[1..4].to_owned();
    println!("{:?} {:?} {}", parts, slice_copy, "Title".to_owned() + " case");
    let mut shout = String::from("quiet");
    shout.make_ascii_uppercase();
    let mut chars: Vec<char> = shout.chars().collect();
    chars.dedup();
    println!("{} {:?} {} {}", shout, chars, "Ünïcödé".to_lowercase().chars().rev().collect::<String>(), "tschüß".len());
}
