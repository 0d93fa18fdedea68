// compile-flags: -D unused --cap-lints warn
// `--cap-lints warn` keeps denied lints at warnings (what cargo does for dependencies).
fn parse(input: &str) -> u32 {
    let mut value = 0;
    let trimmed = input.trim();
    value
}

fn main() {
    println!("{}", parse(" 7 "));
}
