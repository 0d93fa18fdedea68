// matching through a reference: the missing pattern is printed with `&`
enum Token {
    Num(i64),
    Plus,
    Minus,
}

fn value(t: &Token) -> i64 {
    match t { //~ ERROR E0004
        Token::Num(n) => *n,
        Token::Plus => 1,
    }
}

fn main() {
    let _ = value(&Token::Minus);
    let _ = Token::Num(1);
}
