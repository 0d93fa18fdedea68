// characters that start no token
fn main() {
    let x = 1 ¤ 2; //~ ERROR unknown start of token
}
