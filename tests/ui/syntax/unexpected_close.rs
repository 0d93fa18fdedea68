// one `}` too many
fn main() {
    let x = 1;
}
} //~ ERROR unexpected closing delimiter
