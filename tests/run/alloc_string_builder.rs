// Building and editing Strings: push, insert, remove, pop, truncate, case, replace, repeat.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for &b in s.as_bytes() {
        let c = b as char;
        if b == b' ' {
            start = true;
            out.push(c);
        } else if start {
            out.push_str(&c.to_string().to_uppercase());
            start = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let mut s = String::new();
    println!("empty: {:?} len {} is_empty {}", s, s.len(), s.is_empty());
    s.push_str("hello");
    s.push(' ');
    s += "world";
    println!("{}", s);
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{}", s);
    let removed = s.remove(0);
    println!("removed {:?}, now {:?}", removed, s);
    while s.len() > 8 {
        s.pop();
    }
    println!("popped down to {:?}", s);
    s.truncate(3);
    println!("truncated to {:?}", s);
    s.clear();
    println!("cleared {:?}", s);

    let name = String::from("Ferris");
    let greeting = String::from("Hi, ") + &name + "!";
    println!("{}", greeting);
    println!("{}", greeting.to_uppercase());
    println!("{}", greeting.to_lowercase());
    println!("{}", "a-b-c-d".replace("-", " + "));
    println!("[{}]", "ab".repeat(3));
    println!("{}", title_case("the rust programming language"));
    let n: i32 = 255;
    let parts = vec![n.to_string(), format!("{:x}", n), format!("{:08b}", n)];
    println!("{}", parts.join(" / "));
    let owned: String = "borrowed".to_owned();
    let same = owned == "borrowed";
    println!("{} {} {}", owned, same, owned.clone() + "?");
    let mut unicode = String::from("héllo wörld");
    println!("{} bytes, last {:?}", unicode.len(), unicode.pop());
    println!("{}", unicode);
}
