// User profiles with optional fields: the Option and Result combinators (as_deref,
// zip, xor, get_or_insert_with, take_if, is_some_and, is_none_or, map_or, filter,
// flatten, transpose, copied, inspect; Result's as_deref, is_ok_and, map_err, or_else,
// iter, copied, flatten) in the shapes real code uses them.

use std::collections::BTreeMap;
use std::num::ParseIntError;

#[derive(Debug, Default)]
struct Profile {
    name: String,
    nickname: Option<String>,
    age: Option<u32>,
    email: Option<String>,
    tags: Option<Vec<String>>,
    manager: Option<Option<String>>,
}

impl Profile {
    fn display_name(&self) -> &str {
        self.nickname.as_deref().unwrap_or(&self.name)
    }

    fn tag(&mut self, tag: &str) {
        self.tags.get_or_insert_with(Vec::new).push(tag.to_string());
    }
}

fn parse_age(s: Option<&str>) -> Result<Option<u32>, ParseIntError> {
    s.map(|t| t.trim().parse::<u32>()).transpose()
}

fn domain(email: &str) -> Option<&str> {
    email.split_once('@').map(|(_, d)| d).filter(|d| d.contains('.'))
}

fn main() {
    let mut ann = Profile { name: "Ann".into(), nickname: Some("annie".into()), age: Some(34), ..Default::default() };
    let mut bob = Profile { name: "Bob".into(), email: Some("bob@example.org".into()), ..Default::default() };
    let mut cy = Profile { name: "Cy".into(), age: Some(17), email: Some("cy@localhost".into()), manager: Some(Some("Ann".into())), ..Default::default() };

    ann.tag("admin");
    ann.tag("ops");
    bob.tag("dev");
    if let Some(nick) = bob.nickname.as_deref_mut() {
        nick.make_ascii_uppercase();
    }
    if let Some(nick) = ann.nickname.as_deref_mut() {
        nick.make_ascii_uppercase();
    }
    cy.manager = cy.manager.take().filter(|m| m.as_deref() != Some("nobody"));

    for p in [&ann, &bob, &cy] {
        let adult = p.age.is_some_and(|a| a >= 18);
        let unknown_or_young = p.age.is_none_or(|a| a < 21);
        let dom = p.email.as_deref().and_then(domain).map_or("-".to_string(), |d| d.to_uppercase());
        let tag_count = p.tags.as_ref().map_or(0, |t| t.len());
        let first_tag = p.tags.as_ref().and_then(|t| t.first()).cloned().unwrap_or_default();
        let boss = p.manager.clone().flatten().unwrap_or_else(|| "none".to_string());
        println!(
            "{:<6} adult={:<5} young?={:<5} domain={:<12} tags={} first={:?} boss={}",
            p.display_name(),
            adult,
            unknown_or_young,
            dom,
            tag_count,
            first_tag,
            boss
        );
    }

    let pair = ann.age.zip(cy.age).map(|(a, c)| a.abs_diff(c));
    println!("age gap {:?}, xor {:?} {:?}", pair, ann.age.xor(bob.age), ann.age.xor(cy.age));
    let over_30 = ann.age.take_if(|a| *a > 30);
    println!("taken {:?}, left {:?}", over_30, ann.age);
    let copied: Option<u32> = cy.age.as_ref().copied();
    let via_iter: u32 = cy.age.iter().chain(bob.age.iter()).sum();
    let inspected = cy.age.inspect(|a| println!("inspecting {}", a)).map(|a| a + 1);
    println!("{:?} {} {:?} {:?}", copied, via_iter, inspected, bob.email.as_ref().ok_or("no email"));
    let missing: Result<&String, String> = ann.email.as_ref().ok_or_else(|| format!("{} has no email", ann.name));
    println!("{:?}", missing);

    let inputs = [Some(" 41 "), None, Some("x9")];
    for input in inputs {
        match parse_age(input) {
            Ok(Some(a)) => println!("age {}", a),
            Ok(None) => println!("no age given"),
            Err(e) => println!("bad age: {}", e),
        }
    }

    let raw: BTreeMap<&str, &str> = [("port", "8080"), ("workers", "four"), ("timeout", "30")].into_iter().collect();
    let parsed: BTreeMap<&str, Result<u16, String>> = raw
        .iter()
        .map(|(k, v)| (*k, v.parse::<u16>().map_err(|e| format!("{}: {}", k, e))))
        .collect();
    for (k, r) in &parsed {
        println!(
            "{} ok={} big={} value={:?} iter={:?} or_default={}",
            k,
            r.is_ok(),
            r.as_ref().is_ok_and(|&v| v > 1000),
            r.as_ref().copied().or_else(|_| if *k == "workers" { Ok::<u16, ()>(4) } else { Err(()) }),
            r.iter().collect::<Vec<_>>(),
            r.clone().unwrap_or_default()
        );
    }
    let name: Result<String, u8> = Ok("root".to_string());
    let as_str: Result<&str, &u8> = name.as_deref();
    let nested: Result<Result<u8, String>, String> = Ok(Err("inner".to_string()));
    println!("{:?} {:?} {:?} {}", as_str, nested.clone().flatten(), nested.and_then(|r| r), name.clone().is_err_and(|c| c > 0));
    let err: Result<i32, String> = Err("bad".into());
    println!("{:?} {:?} {}", err.as_ref().err(), err.as_ref().ok(), err.clone().expect_err("must fail"));
}
