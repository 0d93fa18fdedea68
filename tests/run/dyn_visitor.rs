// A visitor over an expression tree through &mut dyn Visitor: default methods that walk the
// children, overriding visitors that count, measure depth and evaluate with a fixed stack.
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

trait Visitor {
    fn visit_num(&mut self, _n: i64) {}
    fn enter(&mut self, _op: char) {}
    fn leave(&mut self, _op: char) {}
}

fn walk(e: &Expr, v: &mut dyn Visitor) {
    match e {
        Expr::Num(n) => v.visit_num(*n),
        Expr::Neg(inner) => {
            v.enter('~');
            walk(inner, v);
            v.leave('~');
        }
        Expr::Add(a, b) => {
            v.enter('+');
            walk(a, v);
            walk(b, v);
            v.leave('+');
        }
        Expr::Mul(a, b) => {
            v.enter('*');
            walk(a, v);
            walk(b, v);
            v.leave('*');
        }
    }
}

struct Counter {
    nums: u32,
    ops: u32,
}

impl Visitor for Counter {
    fn visit_num(&mut self, _n: i64) {
        self.nums += 1;
    }
    fn enter(&mut self, _op: char) {
        self.ops += 1;
    }
}

struct Depth {
    cur: u32,
    max: u32,
}

impl Visitor for Depth {
    fn enter(&mut self, _op: char) {
        self.cur += 1;
        if self.cur > self.max {
            self.max = self.cur;
        }
    }
    fn leave(&mut self, _op: char) {
        self.cur -= 1;
    }
}

struct Eval {
    stack: [i64; 16],
    len: usize,
}

impl Eval {
    fn pop(&mut self) -> i64 {
        self.len -= 1;
        self.stack[self.len]
    }
    fn push(&mut self, v: i64) {
        self.stack[self.len] = v;
        self.len += 1;
    }
}

impl Visitor for Eval {
    fn visit_num(&mut self, n: i64) {
        self.push(n);
    }
    fn leave(&mut self, op: char) {
        let r = if op == '~' {
            -self.pop()
        } else {
            let b = self.pop();
            let a = self.pop();
            if op == '+' { a + b } else { a * b }
        };
        self.push(r);
    }
}

struct Printer {
    depth: usize,
}

impl Visitor for Printer {
    fn visit_num(&mut self, n: i64) {
        println!("{:width$}{}", "", n, width = self.depth * 2);
    }
    fn enter(&mut self, op: char) {
        println!("{:width$}{}", "", op, width = self.depth * 2);
        self.depth += 1;
    }
    fn leave(&mut self, _op: char) {
        self.depth -= 1;
    }
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Expr::Num(n))
}

fn main() {
    // (2 + 3) * -(4 + 5 * 6)
    let e = Expr::Mul(
        Box::new(Expr::Add(num(2), num(3))),
        Box::new(Expr::Neg(Box::new(Expr::Add(num(4), Box::new(Expr::Mul(num(5), num(6))))))),
    );
    let mut counter = Counter { nums: 0, ops: 0 };
    let mut depth = Depth { cur: 0, max: 0 };
    let mut eval = Eval { stack: [0; 16], len: 0 };
    let mut printer = Printer { depth: 0 };
    walk(&e, &mut printer);
    {
        let mut visitors: [&mut dyn Visitor; 3] = [&mut counter, &mut depth, &mut eval];
        for v in visitors.iter_mut() {
            walk(&e, *v);
        }
    }
    println!("numbers: {}, operators: {}", counter.nums, counter.ops);
    println!("max depth: {}", depth.max);
    println!("value: {} (stack left: {})", eval.stack[0], eval.len);
}
