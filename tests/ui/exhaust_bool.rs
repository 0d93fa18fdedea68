// a match on a bool that forgets `false`
fn describe(flag: bool) -> &'static str {
    match flag { //~ ERROR E0004
        true => "on",
    }
}

fn main() {
    let _ = describe(true);
}
