// {:?} of ASCII string literals (escapes for quotes, backslashes, newlines, tabs, control bytes), integers and bools next to {}
fn main() {
    println!("{:?}", "plain");
    println!("{:?}", "te\"xt");
    println!("{:?}", "back\\slash");
    println!("{:?}", "line\nbreak");
    println!("{:?}", "tab\tand\rreturn");
    println!("{:?}", "nul\0byte");
    println!("{:?}", "single 'quote'");
    println!("{:?}", "");
    println!("{:?}", "bell\x07 and esc\x1b");
    println!("{:?}", "del\x7f");
    println!("{}", "te\"xt");
    println!("{} vs {:?}", "a\tb", "a\tb");
    println!("{:?} {:?} {:?}", 42, -7, 0u8);
    println!("{:?} {:?}", 18446744073709551615u64, -9223372036854775808i64);
    println!("{:?} {:?}", true, false);
    println!("{:?}{:?}", 1, "x");
    println!("{{{:?}}}", 5);
    println!("{{{}}}", "in braces");
    println!("{:?}", "{braces}");
}
