// A tokenizer and evaluator for arithmetic expressions, driven by while let loops over
// a byte iterator and a peekable token stream.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

/// Yields the bytes of the input one at a time.
struct Bytes<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.pos < self.src.len() {
            self.pos += 1;
            Some(self.src[self.pos - 1])
        } else {
            None
        }
    }
}

struct Lexer<'a> {
    bytes: std::iter::Peekable<Bytes<'a>>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Lexer<'a> {
        Lexer { bytes: Bytes { src, pos: 0 }.peekable() }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        while let Some(&b) = self.bytes.peek() {
            if b == b' ' {
                self.bytes.next();
            } else {
                break;
            }
        }
        let b = self.bytes.next()?;
        let tok = match b {
            b'+' => Token::Plus,
            b'-' => Token::Minus,
            b'*' => Token::Star,
            b'/' => Token::Slash,
            b'(' => Token::LParen,
            b')' => Token::RParen,
            b'0'..=b'9' => {
                let mut n = (b - b'0') as i64;
                while let Some(&d) = self.bytes.peek() {
                    if d < b'0' || d > b'9' {
                        break;
                    }
                    n = n * 10 + (d - b'0') as i64;
                    self.bytes.next();
                }
                Token::Num(n)
            }
            _ => return None,
        };
        Some(tok)
    }
}

struct Parser<'a> {
    tokens: std::iter::Peekable<Lexer<'a>>,
}

impl<'a> Parser<'a> {
    fn expr(&mut self) -> i64 {
        let mut v = self.term();
        while let Some(&t) = self.tokens.peek() {
            match t {
                Token::Plus => {
                    self.tokens.next();
                    v += self.term();
                }
                Token::Minus => {
                    self.tokens.next();
                    v -= self.term();
                }
                _ => break,
            }
        }
        v
    }

    fn term(&mut self) -> i64 {
        let mut v = self.atom();
        while let Some(t @ (Token::Star | Token::Slash)) = self.tokens.peek().copied() {
            self.tokens.next();
            let rhs = self.atom();
            v = if t == Token::Star { v * rhs } else { v / rhs };
        }
        v
    }

    fn atom(&mut self) -> i64 {
        match self.tokens.next() {
            Some(Token::Num(n)) => n,
            Some(Token::Minus) => -self.atom(),
            Some(Token::LParen) => {
                let v = self.expr();
                self.tokens.next();
                v
            }
            other => panic!("unexpected {:?}", other),
        }
    }
}

fn eval(src: &str) -> i64 {
    let mut p = Parser { tokens: Lexer::new(src.as_bytes()).peekable() };
    p.expr()
}

fn main() {
    let src = "12 + 3*(4 - 1) / 2";
    let mut count = 0;
    let mut lx = Lexer::new(src.as_bytes());
    while let Some(tok) = lx.next() {
        print!("{:?} ", tok);
        count += 1;
    }
    println!();
    println!("{} tokens", count);

    let exprs = ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "-(4 - 10) * -2", "2*2*2*2 - 15", src];
    for e in exprs.iter() {
        println!("{} = {}", e, eval(e));
    }

    let nums: i64 = Lexer::new(b"5 6 7 + 8").filter_map(|t| match t { Token::Num(n) => Some(n), _ => None }).sum();
    println!("numbers add up to {}", nums);

    let mut stack = [0i64; 8];
    let mut depth = 0;
    let mut rpn = Lexer::new(b"3 4 + 2 * 7 -").peekable();
    while let Some(t) = rpn.next() {
        if let Token::Num(n) = t {
            stack[depth] = n;
            depth += 1;
            continue;
        }
        let b = stack[depth - 1];
        let a = stack[depth - 2];
        depth -= 2;
        stack[depth] = match t {
            Token::Plus => a + b,
            Token::Minus => a - b,
            Token::Star => a * b,
            _ => a / b,
        };
        depth += 1;
    }
    println!("rpn result {} (depth {})", stack[0], depth);
}
