// only `#` may delimit a raw string
fn main() {
    let s = r##x"abc"##; //~ ERROR found invalid character
}
