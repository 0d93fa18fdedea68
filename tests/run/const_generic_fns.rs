// Const generic parameters on functions, impls, traits and types: inferred from array
// arguments and annotations, given explicitly, used as values, with defaults, bool and char
// parameters, and impls for one particular value.
use std::fmt::Debug;

const LANES: usize = 4;

fn show<T: Debug, const N: usize>(label: &str, a: [T; N]) {
    println!("{} ({} items): {:?}", label, N, a);
}

fn first_and_last<T: Copy, const N: usize>(a: &[T; N]) -> Option<(T, T)> {
    if N == 0 {
        None
    } else {
        Some((a[0], a[N - 1]))
    }
}

fn zeros<const N: usize>() -> [i32; N] {
    [0; N]
}

fn chunked<const W: usize>(data: &[u32]) -> Vec<[u32; W]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + W <= data.len() {
        let mut chunk = [0; W];
        chunk.copy_from_slice(&data[i..i + W]);
        out.push(chunk);
        i += W;
    }
    out
}

struct Flag<const ON: bool>;

impl Flag<true> {
    fn describe(&self) -> &'static str {
        "enabled"
    }
}

impl Flag<false> {
    fn describe(&self) -> &'static str {
        "disabled"
    }
}

struct Sep<const C: char>;

impl<const C: char> Sep<C> {
    fn join(&self, parts: &[&str]) -> String {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                s.push(C);
            }
            s.push_str(p);
        }
        s
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vector<T, const D: usize = 3> {
    coords: [T; D],
}

impl<T: Copy + Default + std::ops::Add<Output = T> + std::ops::Mul<Output = T>, const D: usize> Vector<T, D> {
    fn new(coords: [T; D]) -> Self {
        Vector { coords }
    }

    fn dot(&self, other: &Self) -> T {
        let mut acc = T::default();
        for i in 0..D {
            acc = acc + self.coords[i] * other.coords[i];
        }
        acc
    }

    fn dims() -> usize {
        D
    }
}

trait Shape {
    const CORNERS: usize;
    fn name(&self) -> String;
}

struct Polygon<const SIDES: usize> {
    side: f64,
}

impl<const SIDES: usize> Shape for Polygon<SIDES> {
    const CORNERS: usize = SIDES;

    fn name(&self) -> String {
        match SIDES {
            3 => "triangle".to_string(),
            4 => "square".to_string(),
            n => format!("{}-gon", n),
        }
    }
}

impl<const SIDES: usize> Polygon<SIDES> {
    fn perimeter(&self) -> f64 {
        self.side * SIDES as f64
    }
}

fn corners<S: Shape>(_: &S) -> usize {
    S::CORNERS
}

trait Scaled<const FACTOR: u32> {
    fn scale<const ROUND_UP: bool>(&self, x: u32) -> u32;
}

struct Fixed;

impl<const F: u32> Scaled<F> for Fixed {
    fn scale<const ROUND_UP: bool>(&self, x: u32) -> u32 {
        if ROUND_UP {
            (x + F - 1) / F * F
        } else {
            x / F * F
        }
    }
}

fn main() {
    show("bytes", [1u8, 2, 3]);
    show("words", ["a", "b"]);
    show("empty", [0u64; 0]);
    let lanes: [f32; LANES] = [0.5; LANES];
    show("lanes", lanes);

    let arr: [i64; 5] = [10, 20, 30, 40, 50];
    println!("{:?} {:?}", first_and_last(&arr), first_and_last::<i64, 0>(&[]));

    let z: [i32; 6] = zeros();
    let z2 = zeros::<{ 2 * 2 }>();
    println!("{:?} {:?} {}", z, z2, zeros::<LANES>().len());

    let data: Vec<u32> = (1..=10).collect();
    println!("{:?}", chunked::<3>(&data));
    println!("{:?}", chunked::<4>(&data).len());

    let on: Flag<true> = Flag;
    let off = Flag::<false> {};
    println!("{} {}", on.describe(), off.describe());
    let comma: Sep<','> = Sep;
    let slash: Sep<'/'> = Sep;
    println!("{} | {}", comma.join(&["x", "y", "z"]), slash.join(&["usr", "lib"]));

    let a: Vector<i32> = Vector::new([1, 2, 3]);
    let b = Vector::new([4, 5, 6]);
    let c = Vector::<f64, 2>::new([1.5, 2.0]);
    println!("{} {} {} {}", a.dot(&b), c.dot(&c), Vector::<u8>::dims(), Vector::<u8, 7>::dims());
    println!("{:?}", a);

    let tri = Polygon::<3> { side: 2.0 };
    let hex = Polygon::<6> { side: 1.5 };
    println!("{} {} {}", tri.name(), corners(&tri), tri.perimeter());
    println!("{} {} {}", hex.name(), corners(&hex), hex.perimeter());
    println!("{}", <Polygon<4> as Shape>::CORNERS);
    println!("{} {}", <Fixed as Scaled<8>>::scale::<true>(&Fixed, 13), <Fixed as Scaled<8>>::scale::<false>(&Fixed, 13));
    let by_ten = Scaled::<10>::scale::<true>;
    println!("{}", by_ten(&Fixed, 41));
}
