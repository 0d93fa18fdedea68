// an unclosed parenthesis in a call
fn main() {
    foo(1, 2;
} //~ ERROR mismatched closing delimiter
