// several unclosed delimiters
fn main() {
    let v = vec![(1, 2
    if true {
//~ ERROR this file contains an unclosed delimiter
