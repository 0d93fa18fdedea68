// the file ends inside a block
fn main() {
    let x = 1;
    if x == 1 {
        println!("one");
}
//~ ERROR this file contains an unclosed delimiter
