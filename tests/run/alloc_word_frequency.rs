// Word frequencies with Vec<(String, u32)>: split text into lowercase words, count, sort.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for &b in text.as_bytes() {
        let lower = if b >= b'A' && b <= b'Z' { b + 32 } else { b };
        if (lower >= b'a' && lower <= b'z') || lower == b'\'' {
            cur.push(lower as char);
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

fn count(words: &[String]) -> Vec<(String, u32)> {
    let mut table: Vec<(String, u32)> = Vec::new();
    for w in words {
        let mut found = false;
        for entry in table.iter_mut() {
            if entry.0 == *w {
                entry.1 += 1;
                found = true;
                break;
            }
        }
        if !found {
            table.push((w.clone(), 1));
        }
    }
    table
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! \
                A fox, a dog, and THE end.";
    let ws = words(text);
    println!("{} words", ws.len());
    let mut table = count(&ws);
    table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for entry in &table {
        if entry.1 > 1 {
            println!("{:>5} {}", entry.0, entry.1);
        }
    }
    let mut singles: Vec<&str> = Vec::new();
    let mut longest = 0;
    for e in &table {
        if e.1 == 1 {
            singles.push(e.0.as_str());
        }
        if e.0.len() > longest {
            longest = e.0.len();
        }
    }
    println!("once: {}", singles.join(", "));
    println!("longest word has {} letters", longest);
}
