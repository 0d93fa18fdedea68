// Associated constants reached through type parameters (`T::LEGS`, `<T as Animal>::LEGS`),
// `Self::X` in provided methods and in trait-provided default constants, impls that keep a
// default, constants of generic impls built from trait constants, and `Self::SIZE` as an
// array length in a non-generic impl: resolved per monomorphized instance.
trait Animal {
    const LEGS: u32;
    const NAME: &'static str = "animal";
    const WHEELS_EQUIV: u32 = Self::LEGS / 2;

    fn describe(&self) -> String {
        format!("{} with {} legs", Self::NAME, Self::LEGS)
    }

    fn legs_for(n: u32) -> u32 {
        n * Self::LEGS
    }
}

struct Dog;
struct Bird;
struct Spider;

impl Animal for Dog {
    const LEGS: u32 = 4;
    const NAME: &'static str = "dog";
}

impl Animal for Bird {
    const LEGS: u32 = 2;
}

impl Animal for Spider {
    const LEGS: u32 = 8;
    const NAME: &'static str = "spider";
    const WHEELS_EQUIV: u32 = 1;
}

fn legs<T: Animal>(_: &T) -> u32 {
    T::LEGS
}

fn qualified<T: Animal>() -> (u32, &'static str, u32) {
    (<T as Animal>::LEGS, <T as Animal>::NAME, <T as Animal>::WHEELS_EQUIV)
}

fn herd_legs<A: Animal, B: Animal>(a: u32, b: u32) -> u32 {
    a * A::LEGS + b * B::LEGS
}

struct Pen<T: Animal> {
    count: u32,
    kind: T,
}

impl<T: Animal> Pen<T> {
    const PER_ANIMAL: u32 = T::LEGS * 10;

    fn straw(&self) -> u32 {
        self.count * Self::PER_ANIMAL
    }

    fn label(&self) -> String {
        format!("pen of {} {}s ({})", self.count, T::NAME, self.kind.describe())
    }
}

trait Packet {
    const HEADER: usize;
    const TAG: u8;

    fn frame(payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(Self::HEADER + payload.len());
        out.push(Self::TAG);
        while out.len() < Self::HEADER {
            out.push(0);
        }
        out.extend_from_slice(payload);
        out
    }
}

struct Ping;
struct Data;

impl Packet for Ping {
    const HEADER: usize = 2;
    const TAG: u8 = 0x10;
}

impl Packet for Data {
    const HEADER: usize = 4;
    const TAG: u8 = 0x20;
}

struct Block;

impl Block {
    const SIZE: usize = 6;

    fn zeroed() -> [u8; Self::SIZE] {
        [0u8; Self::SIZE]
    }

    fn filled(v: u8) -> [u8; Block::SIZE] {
        [v; Self::SIZE]
    }
}

const DOG_PAIR: u32 = Dog::LEGS * 2;

fn classify(legs: u32) -> &'static str {
    match legs {
        Dog::LEGS => "quadruped",
        Bird::LEGS => "biped",
        _ => "other",
    }
}

fn main() {
    println!("{} {} {}", legs(&Dog), legs(&Bird), legs(&Spider));
    println!("{:?} {:?} {:?}", qualified::<Dog>(), qualified::<Bird>(), qualified::<Spider>());
    println!("{} | {} | {}", Dog.describe(), Bird.describe(), Spider.describe());
    println!("{} {} {}", Dog::legs_for(3), Bird::legs_for(5), Spider::legs_for(2));
    println!("herd: {}", herd_legs::<Dog, Bird>(2, 3));
    println!("bird default name: {} wheels {}", Bird::NAME, Bird::WHEELS_EQUIV);

    let dogs = Pen { count: 3, kind: Dog };
    let birds = Pen { count: 5, kind: Bird };
    println!("{} needs {} straw", dogs.label(), dogs.straw());
    println!("{} needs {} straw", birds.label(), birds.straw());

    println!("{:?}", Ping::frame(&[1, 2]));
    println!("{:?}", Data::frame(b"hi"));

    let z = Block::zeroed();
    let f = Block::filled(9);
    println!("{:?} {:?} {}", z, f, z.len() + f.len());

    println!("DOG_PAIR = {}", DOG_PAIR);
    for n in [4, 2, 8] {
        println!("{} legs: {}", n, classify(n));
    }
}
