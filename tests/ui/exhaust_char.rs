// only lowercase letters are handled
fn rank(c: char) -> u32 {
    match c { //~ ERROR E0004
        'a'..='z' => c as u32 - 'a' as u32,
    }
}

fn main() {
    let _ = rank('q');
}
