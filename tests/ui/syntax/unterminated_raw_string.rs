// a raw string missing its closing `"#`
fn main() {
    let s = r#"abc"; //~ ERROR E0748
}
