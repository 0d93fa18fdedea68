// an escape that does not exist
fn main() {
    let s = "a\qb"; //~ ERROR unknown character escape: `q`
}
