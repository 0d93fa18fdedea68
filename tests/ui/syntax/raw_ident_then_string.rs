// `r#x` is a raw identifier: the string after it is unexpected
fn main() {
    let s = r#x"abc"#; //~ ERROR expected one of
}
