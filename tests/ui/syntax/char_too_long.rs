// a character literal with two characters
fn main() {
    let c = 'ab'; //~ ERROR character literal may only contain one codepoint
}
