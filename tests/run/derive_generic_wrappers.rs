// Generic types with derived impls: bounds on the type parameters come from the derive.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Pair<A, B> {
    first: A,
    second: B,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tree<T> {
    Leaf(T),
    Empty,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Labeled<T> {
    label: &'static str,
    value: Option<T>,
    history: (T, T),
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for it in items.iter() {
        if *it > best {
            best = *it;
        }
    }
    best
}

fn main() {
    let p = Pair { first: 1u8, second: "one" };
    let q = p.clone();
    println!("{:?} {} {:?}", q, p == q, p.cmp(&Pair { first: 1, second: "two" }));
    println!("{:?}", Pair::<u8, bool>::default());
    let t = Tree::Leaf(2.5f32);
    let u = t;
    println!("{:?} {:?} {}", t, u, t == Tree::Empty);
    let l = Labeled { label: "temp", value: Some(21i16), history: (19, 20) };
    println!("{:?}", l.clone());
    println!("{:?}", Labeled::<char>::default());
    println!("{}", largest(&[3.5, -1.0, 9.25]));
}
