// print!/println! with literal text, escaped braces {{ }}, string literal arguments and an empty line
fn main() {
    println!("Hello, world!");
    print!("no newline yet, ");
    print!("{}", "then a string argument");
    println!();
    println!("{{braces}} are {} and {}", "{", "}");
    println!("{{}}");
    println!("{} + {} = {}", 1, 2, 1 + 2);
    println!("");
    println!("tab\there, quote \" and backslash \\");
    println!("{}{}{}", "a", "b", "c");
    print!("multi\nline\n");
}
