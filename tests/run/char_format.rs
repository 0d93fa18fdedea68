// char literals printed with {} (UTF-8) and {:?} (quoted, escaped), and {:?} of ()
fn main() {
    let c = 'x';
    let e = 'é';
    let q = '\'';
    let crab = '🦀';
    println!("{} {} {} {}", c, e, q, crab);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", c, e, q, crab, '\n', '\u{301}');
    println!("{:?}", ());
}
