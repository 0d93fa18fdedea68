// An arithmetic expression tree with Box: build, evaluate, print, simplify.
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn num(n: i64) -> Box<Expr> {
    Box::new(Num(n))
}

fn eval(e: &Expr) -> i64 {
    match e {
        Num(n) => *n,
        Neg(a) => -eval(a),
        Add(a, b) => eval(a) + eval(b),
        Mul(a, b) => eval(a) * eval(b),
    }
}

fn show(e: &Expr) -> String {
    match e {
        Num(n) => n.to_string(),
        Neg(a) => format!("-{}", show(a)),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("{} * {}", show(a), show(b)),
    }
}

fn simplify(e: Expr) -> Expr {
    match e {
        Add(a, b) => match (simplify(*a), simplify(*b)) {
            (Num(0), x) | (x, Num(0)) => x,
            (x, y) => Add(Box::new(x), Box::new(y)),
        },
        Mul(a, b) => match (simplify(*a), simplify(*b)) {
            (Num(0), _) | (_, Num(0)) => Num(0),
            (Num(1), x) | (x, Num(1)) => x,
            (x, y) => Mul(Box::new(x), Box::new(y)),
        },
        Neg(a) => match simplify(*a) {
            Neg(inner) => *inner,
            x => Neg(Box::new(x)),
        },
        n => n,
    }
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Num(_) => 1,
        Neg(a) => 1 + count_nodes(a),
        Add(a, b) | Mul(a, b) => 1 + count_nodes(a) + count_nodes(b),
    }
}

fn main() {
    let e = Add(Box::new(Mul(num(3), num(4))), Box::new(Neg(num(5))));
    println!("{} = {}", show(&e), eval(&e));
    let messy = Add(
        Box::new(Mul(num(1), Box::new(Add(num(0), num(7))))),
        Box::new(Neg(Box::new(Neg(Box::new(Mul(num(2), num(0))))))),
    );
    println!("{} has {} nodes = {}", show(&messy), count_nodes(&messy), eval(&messy));
    let s = simplify(messy);
    println!("simplified: {} has {} nodes = {}", show(&s), count_nodes(&s), eval(&s));
    let mut deep = Num(1);
    for i in 2..=10 {
        deep = Add(Box::new(deep), num(i));
    }
    println!("sum 1..=10 = {} with {} nodes", eval(&deep), count_nodes(&deep));
}
