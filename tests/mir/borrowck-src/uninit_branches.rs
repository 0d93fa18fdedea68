// E0381 labels for each kind of branch that skips an initialization
#![allow(unused)]
fn while_loop(n: u32) -> u32 {
    let v: u32;
    let mut i = 0;
    while i < n {
        v = i;
        i += 1;
    }
    v
}

fn match_arm(n: u32) -> u32 {
    let v: u32;
    match n {
        0 => {
            v = 1;
        }
        _ => {}
    }
    v
}

fn else_if(c: bool) -> u8 {
    let v: u8;
    if c {
        v = 1;
    } else if !c {
        v = 2;
    }
    v
}

fn else_arm(a: bool) -> u32 {
    let v: u32;
    if a {
        v = 1;
    } else {
    }
    v
}

fn cond_true(a: bool) -> u32 {
    let v: u32;
    if a {
    } else {
        v = 2;
    }
    v
}

fn borrowed(c: bool) -> u8 {
    let v: u8;
    if c {
        v = 1;
    }
    let w = &v;
    *w
}

fn main() {
    let _ = (while_loop(1), match_arm(1), else_if(true), else_arm(true), cond_true(true), borrowed(true));
}
