// E0381 "isn't initialized" with the value rustc suggests for each type
#![allow(unused)]
fn a_bool() -> bool {
    let v: bool;
    v
}

fn a_char() -> char {
    let v: char;
    v
}

fn a_float() -> f64 {
    let v: f64;
    v
}

fn an_array() -> [u8; 3] {
    let v: [u8; 3];
    v
}

fn a_tuple() -> (u8, bool) {
    let v: (u8, bool);
    v
}

fn a_str() -> &'static str {
    let v: &'static str;
    v
}

fn an_int_used_twice() -> i64 {
    let v: i64;
    let w = v + 1;
    w + v
}

fn partial() -> i32 {
    let w: (i32, bool);
    w.0 = 1;
    0
}

fn main() {
    let _ = (a_bool(), a_char(), a_float(), an_array(), a_tuple(), a_str(), an_int_used_twice(), partial());
}
