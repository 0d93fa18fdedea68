// a `]` closes a `(`
fn main() {
    foo(1]; //~ ERROR mismatched closing delimiter
}
