// An arithmetic expression tree (Box<Expr>) evaluated, simplified and printed by recursive
// matches: nested enum patterns, box derefs, guards, bindings with @ and tuple scrutinees.

enum Expr {
    Num(i64),
    Var(char),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn num(n: i64) -> Box<Expr> {
    Box::new(Num(n))
}

fn var(c: char) -> Box<Expr> {
    Box::new(Var(c))
}

fn lookup(c: char) -> Option<i64> {
    match c {
        'x' => Some(6),
        'y' => Some(-2),
        _ => None,
    }
}

fn eval(e: &Expr) -> Result<i64, &'static str> {
    match e {
        Num(n) => Ok(*n),
        Var(c) => match lookup(*c) {
            Some(v) => Ok(v),
            None => Err("unbound variable"),
        },
        Neg(inner) => match eval(inner) {
            Ok(v) => Ok(-v),
            err => err,
        },
        Add(a, b) | Mul(a, b) | Div(a, b) => {
            let l = match eval(a) {
                Ok(v) => v,
                Err(m) => return Err(m),
            };
            let r = match eval(b) {
                Ok(v) => v,
                Err(m) => return Err(m),
            };
            match (e, r) {
                (Add(..), _) => Ok(l + r),
                (Mul(..), _) => Ok(l * r),
                (Div(..), 0) => Err("division by zero"),
                (Div(..), _) => Ok(l / r),
                _ => Err("impossible"),
            }
        }
    }
}

fn show(e: &Expr) {
    match e {
        Num(n @ 0..=i64::MAX) => print!("{}", n),
        Num(n) => print!("({})", n),
        Var(c) => print!("{}", c),
        Neg(inner) => {
            print!("-");
            show(inner);
        }
        Add(a, b) | Mul(a, b) | Div(a, b) => {
            print!("(");
            show(a);
            let op = match e {
                Add(..) => " + ",
                Mul(..) => " * ",
                _ => " / ",
            };
            print!("{}", op);
            show(b);
            print!(")");
        }
    }
}

/// Counts the nodes that simplification rules would touch: `x * 1`, `0 + x`, `--x`.
fn simplifiable(e: &Expr) -> u32 {
    match e {
        Mul(a, b) => {
            let here = match (&**a, &**b) {
                (_, Num(1)) | (Num(1), _) | (Num(0), _) | (_, Num(0)) => 1,
                _ => 0,
            };
            here + simplifiable(a) + simplifiable(b)
        }
        Add(a, b) => {
            let here = match (&**a, &**b) {
                (Num(0), _) | (_, Num(0)) => 1,
                _ => 0,
            };
            here + simplifiable(a) + simplifiable(b)
        }
        Neg(inner) => match &**inner {
            Neg(deeper) => 1 + simplifiable(deeper),
            other => simplifiable(other),
        },
        Div(a, b) => simplifiable(a) + simplifiable(b),
        Num(_) | Var(_) => 0,
    }
}

fn main() {
    let exprs = [
        Add(num(2), Box::new(Mul(num(3), var('x')))),
        Div(Box::new(Add(var('x'), var('y'))), num(0)),
        Neg(Box::new(Neg(Box::new(Mul(num(1), Box::new(Add(num(0), var('y')))))))),
        Mul(var('z'), num(4)),
        Div(Box::new(Neg(num(-21))), Box::new(Add(var('y'), num(5)))),
    ];
    for i in 0..exprs.len() {
        let e = &exprs[i];
        show(e);
        match eval(e) {
            Ok(v) => print!(" = {}", v),
            Err(msg) => print!(" -> error: {}", msg),
        }
        println!(" [{} simplifiable]", simplifiable(e));
    }
}
