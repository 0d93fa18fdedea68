// Everyday macro idioms: struct literals with trailing commas, generated match arms with guards, nested calls in arguments, internal @rules, block fragments
struct Cfg { a: i32, b: bool, c: u8 }
macro_rules! cfg_lit { ($($k:ident : $v:expr),* $(,)?) => { Cfg { $($k: $v),* } }; }
macro_rules! guarded {
    ($e:expr; $($p:pat_param if $g:expr => $r:expr),+ ; else $d:expr) => {
        match $e { $($p if $g => $r,)+ _ => $d }
    };
}
macro_rules! twice { ($e:expr) => { $e + $e }; }
macro_rules! wrap { ($($t:tt)*) => { ($($t)*) * 10 }; }
macro_rules! opt_default {
    ($v:expr) => { opt_default!($v, 0) };
    ($v:expr, $d:expr) => { if $v > 0 { $v } else { $d } };
}
macro_rules! block_val { ($b:block) => { $b * 2 }; }
macro_rules! chain {
    ($x:expr => $f:ident $(=> $g:ident)*) => { chain!(@go $f($x) $(, $g)*) };
    (@go $acc:expr) => { $acc };
    (@go $acc:expr, $f:ident $(, $g:ident)*) => { chain!(@go $f($acc) $(, $g)*) };
}
fn inc(x: i32) -> i32 { x + 1 }
fn dbl(x: i32) -> i32 { x * 2 }
fn main() {
    let c = cfg_lit!(a: 1, b: true, c: 3,);
    println!("{} {} {}", c.a, c.b, c.c);
    for n in 0..5 {
        let s = guarded!(n; x if x % 2 == 0 => "even", 1 if true => "one" ; else "odd");
        println!("{} {}", n, s);
    }
    println!("{}", twice!(twice!(3)));
    println!("{}", wrap!(1 + 2));
    println!("{} {}", opt_default!(5), opt_default!(-1));
    println!("{}", block_val!({ let q = 4; q + 1 }));
    println!("{}", chain!(3 => inc => dbl => inc));
}
