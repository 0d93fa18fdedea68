// Macros that generate items: newtype structs with impls, a trait implemented for many types, const tables and accessor methods
trait Describe {
    fn describe(&self) -> u32;
    fn name(&self) -> &'static str;
}

macro_rules! newtype {
    ($(#[$m:meta])* $vis:vis struct $name:ident($inner:ty);) => {
        $(#[$m])*
        $vis struct $name($inner);
        impl $name {
            fn new(v: $inner) -> Self { $name(v) }
            fn get(&self) -> $inner { self.0 }
        }
    };
}

newtype!(pub struct Meters(u32););
newtype!(#[derive(Clone, Copy)] struct Grams(u64););

macro_rules! impl_describe {
    ($($t:ty => $label:literal, $f:expr;)*) => {
        $(
            impl Describe for $t {
                fn describe(&self) -> u32 { ($f)(self) }
                fn name(&self) -> &'static str { $label }
            }
        )*
    };
}

fn meters_value(m: &Meters) -> u32 { m.get() }
fn bool_value(b: &bool) -> u32 { if *b { 1 } else { 0 } }
fn u8_value(v: &u8) -> u32 { *v as u32 * 2 }

impl_describe! {
    Meters => "meters", meters_value;
    bool => "bool", bool_value;
    u8 => "u8", u8_value;
}

macro_rules! consts {
    ($($name:ident = $v:expr),+ $(,)?) => {
        $(const $name: i32 = $v;)+
        const COUNT: usize = consts!(@count $($name)+);
        const ALL: [i32; COUNT] = [$($name),+];
    };
    (@count) => { 0 };
    (@count $x:ident $($rest:ident)*) => { 1 + consts!(@count $($rest)*) };
}

consts! {
    ONE = 1,
    TWO = ONE * 2,
    SEVEN = TWO * 3 + ONE,
}

struct Config { width: u32, height: u32, depth: u32 }

macro_rules! accessors {
    ($t:ident { $($field:ident: $ft:ty),* }) => {
        impl $t {
            $(fn $field(&self) -> $ft { self.$field })*
        }
    };
}

accessors!(Config { width: u32, height: u32, depth: u32 });

macro_rules! make_fn {
    ($name:ident, $op:tt) => {
        fn $name(a: i32, b: i32) -> i32 { a $op b }
    };
}

make_fn!(plus, +);
make_fn!(minus, -);
make_fn!(times, *);

macro_rules! show {
    ($d:expr) => {{
        let d = $d;
        println!("{}: {}", d.name(), d.describe());
    }};
}

fn main() {
    let m = Meters::new(12);
    let g = Grams::new(500);
    let g2 = g;
    println!("{} {} {}", m.get(), g.get(), g2.get());
    show!(&m);
    show!(&true);
    show!(&21u8);
    println!("{} {} {}", ONE, TWO, SEVEN);
    println!("{} {}", COUNT, ALL[0] + ALL[1] + ALL[2]);
    let c = Config { width: 3, height: 4, depth: 5 };
    println!("{}", c.width() * c.height() * c.depth());
    println!("{} {} {}", plus(7, 5), minus(7, 5), times(7, 5));
}
