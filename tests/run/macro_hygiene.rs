// Hygiene of macro_rules! locals: a macro's own `let`s never capture or shadow the caller's variables, while names passed in do bind
macro_rules! square_plus_tmp {
    ($e:expr) => {{
        let tmp = $e;
        tmp * tmp
    }};
}

macro_rules! swap {
    ($a:ident, $b:ident) => {
        let t = $a;
        $a = $b;
        $b = t;
    };
}

macro_rules! declare {
    ($name:ident = $v:expr) => {
        let $name = $v;
    };
}

macro_rules! declare_hidden {
    ($v:expr) => {
        let hidden = $v;
        let _ = hidden;
    };
}

macro_rules! counter_loop {
    ($n:expr, $body:block) => {{
        let mut i = 0;
        while i < $n {
            $body
            i += 1;
        }
        i
    }};
}

macro_rules! nested_shadow {
    ($x:ident) => {{
        let $x = $x + 1;
        let x = 1000;
        $x + x
    }};
}

fn main() {
    let tmp = 5;
    println!("{}", square_plus_tmp!(tmp + 1));
    println!("tmp is still {}", tmp);

    let mut t = 1;
    let mut u = 2;
    swap!(t, u);
    println!("t={} u={}", t, u);

    declare!(visible = 42);
    println!("visible = {}", visible);

    let hidden = "outer";
    declare_hidden!(7);
    println!("hidden = {}", hidden);

    let i = 100;
    let mut total = 0;
    let n = counter_loop!(4, { total += i; });
    println!("loops={} total={}", n, total);

    let x = 1;
    println!("{}", nested_shadow!(x));
    let y = 10;
    println!("{}", nested_shadow!(y));
}
