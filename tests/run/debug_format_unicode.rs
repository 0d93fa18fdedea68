// {:?} and {} of non-ASCII string literals: printable text kept, combining marks, zero-width and private-use chars escaped
fn main() {
    println!("{:?}", "héllo wörld");
    println!("{:?}", "日本語 ✓ 🦀");
    println!("{:?}", "e\u{301} and \u{301} alone");
    println!("{:?}", "zero\u{200b}width");
    println!("{:?}", "soft\u{ad}hyphen");
    println!("{:?}", "private\u{e000}use");
    println!("{:?}", "nbsp\u{a0}here");
    println!("{:?}", "line\u{2028}separator");
    println!("{}", "héllo wörld 🦀");
}
