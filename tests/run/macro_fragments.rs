// Every fragment specifier: item, block, stmt, pat, pat_param, expr, ty, ident, path, tt, meta, lifetime, vis, literal
macro_rules! with_item { ($i:item) => { $i }; }
macro_rules! run_block { ($b:block) => { $b }; }
macro_rules! run_stmts { ($($s:stmt;)*) => { $($s)* }; }
macro_rules! is_match { ($e:expr, $p:pat) => { match $e { $p => true, _ => false } }; }
macro_rules! is_match_param { ($e:expr, $($p:pat_param)|+) => { match $e { $($p)|+ => true, _ => false } }; }
macro_rules! typed_zero { ($t:ty) => { 0 as $t }; }
macro_rules! call_path { ($p:path) => { $p() }; }
macro_rules! first_tt { ($first:tt $($rest:tt)*) => { stringify!($first) }; }
macro_rules! with_attr { (#[$m:meta] $name:ident) => { #[$m] struct $name; }; }
macro_rules! pick { ($lt:lifetime) => { fn pick<$lt>(first: bool, a: &$lt str, b: &$lt str) -> &$lt str { if first { a } else { b } } }; }
macro_rules! vis_fn { ($v:vis $name:ident) => { $v fn $name() -> u8 { 9 } }; }
macro_rules! lit_twice { ($l:literal) => { ($l, $l) }; }
macro_rules! ident_fn { ($name:ident) => { fn $name() -> &'static str { stringify!($name) } }; }
macro_rules! expr_2021 { ($e:expr_2021) => { $e + 1 }; }

with_item!(fn from_item() -> i32 { 11 });
with_attr!(#[derive(Clone, Copy)] Unit);
pick!('a);
vis_fn!(pub visible);
vis_fn!(private);
ident_fn!(hello);

enum Opt { Some(i32), None }

mod inner {
    pub fn answer() -> i32 { 42 }
}

fn main() {
    println!("{}", from_item());
    let v = run_block!({ let a = 2; a * 21 });
    println!("{}", v);
    run_stmts! {
        let q = 5;
        let r = q * 3;
        println!("{} {}", q, r);
    }
    println!("{} {}", is_match!(Opt::Some(3), Opt::Some(1..=5)), is_match!(Opt::None, Opt::Some(_)));
    println!("{} {}", is_match!(7, 1 | 7 | 9), is_match_param!('x', 'a' | 'x'));
    let z = typed_zero!(u64);
    println!("{}", z + 1);
    println!("{}", call_path!(inner::answer));
    println!("{}", first_tt!((a b) c d));
    let u = Unit;
    let _w = u;
    let _x = u;
    println!("{} {}", pick(true, "macro", "rules"), pick(false, "macro", "rules"));
    println!("{} {}", visible(), private());
    let (a, b) = lit_twice!(-12);
    let (c, _) = lit_twice!("s");
    let (d, _) = lit_twice!(b'x');
    println!("{} {} {} {}", a, b, c, d);
    println!("{}", hello());
    println!("{}", expr_2021!(2 * 3));
}
