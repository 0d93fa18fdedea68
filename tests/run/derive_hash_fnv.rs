// only-64bit
// A hand-written FNV-1a hasher fed by derived Hash impls (usize-sized discriminants and
// lengths make the values pointer-width dependent).
use std::hash::{Hash, Hasher};

struct Fnv1a {
    state: u64,
}

impl Fnv1a {
    fn new() -> Fnv1a {
        Fnv1a { state: 0xcbf29ce484222325 }
    }
}

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.state
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes.iter() {
            self.state ^= *b as u64;
            self.state = self.state.wrapping_mul(0x100000001b3);
        }
    }
}

#[derive(Hash, PartialEq, Eq, Debug, Clone, Copy)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Hash, PartialEq, Eq, Debug, Clone, Copy)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Hash)]
struct Player<'a> {
    name: &'a str,
    hand: [Card; 2],
    chips: Option<u32>,
}

fn fnv<T: Hash>(value: &T) -> u64 {
    let mut h = Fnv1a::new();
    value.hash(&mut h);
    h.finish()
}

fn main() {
    let c = Card { rank: 12, suit: Suit::Hearts };
    println!("{:x}", fnv(&c));
    println!("{:x}", fnv(&Card { rank: 12, suit: Suit::Spades }));
    println!("{}", fnv(&c) == fnv(&c.clone()));
    println!("{:x}", fnv(&Suit::Clubs));
    println!("{:x}", fnv(&Suit::Diamonds));
    println!("{:x}", fnv(&"hello"));
    println!("{:x}", fnv(&(1u8, 2u16, 3u32)));
    println!("{:x}", fnv(&Some(7i64)));
    let p = Player { name: "ada", hand: [c, Card { rank: 1, suit: Suit::Clubs }], chips: None };
    println!("{:x}", fnv(&p));
}
