// E0384, E0594 and E0596 with rustc's labels and suggestions
#![allow(unused)]
struct P {
    x: i32,
}

impl P {
    fn bump(&mut self) {
        self.x += 1;
    }
}

static S: i32 = 1;

fn reassign_late() -> i32 {
    let y;
    y = 1;
    y = 2;
    y
}

fn reassign_pattern() -> i32 {
    let (a, b) = (1, 2);
    a = 3;
    a + b
}

fn param_pattern((a, b): (i32, i32)) -> i32 {
    a = 1;
    a + b
}

fn match_binding(x: u8) -> u8 {
    match x {
        n => {
            n = 1;
            n
        }
    }
}

fn mut_borrow() -> i32 {
    let x = 5;
    let r = &mut x;
    *r
}

fn autoref() -> i32 {
    let p = P { x: 1 };
    p.bump();
    p.x
}

fn field_assign() -> i32 {
    let t = (1, 2);
    t.0 = 5;
    let p = P { x: 1 };
    p.x = 2;
    t.0 + p.x
}

fn index_assign() -> i32 {
    let a = [1, 2];
    a[0] = 3;
    a[1]
}

fn behind_ref(x: &i32, p: &P) {
    *x = 5;
    p.x = 5;
    p.bump();
}

fn behind_let_ref() {
    let x: &i32 = &1;
    *x = 2;
}

fn static_assign() {
    S = 2;
}

fn main() {
    let q = P { x: 0 };
    behind_ref(&1, &q);
    let _ = (reassign_late(), reassign_pattern(), param_pattern((1, 2)), match_binding(1), mut_borrow(), autoref(), field_assign(), index_assign());
    behind_let_ref();
    static_assign();
}
