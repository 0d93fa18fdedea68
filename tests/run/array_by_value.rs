// Arrays as values of any length: iterating them by value (moving the elements out),
// mapping, comparing, hashing, cloning and printing arrays longer than 32 elements.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Ticket {
    id: u32,
    owner: String,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("  ticket {} released", self.id);
    }
}

fn checksum<const N: usize>(bytes: [u8; N]) -> u32 {
    let mut sum = 0u32;
    for b in bytes {
        sum = sum.wrapping_mul(31).wrapping_add(b as u32);
    }
    sum
}

fn main() {
    // `for` over an array moves each element out; the ones not reached are dropped with the iterator.
    let tickets = [
        Ticket { id: 1, owner: "ada".to_string() },
        Ticket { id: 2, owner: "brian".to_string() },
        Ticket { id: 3, owner: "grace".to_string() },
    ];
    for t in tickets {
        if t.id == 2 {
            println!("stopping at {}", t.owner);
            break;
        }
        println!("processing {:?}", t);
    }
    println!("after loop");

    let mut it = [Ticket { id: 10, owner: "x".into() }, Ticket { id: 11, owner: "y".into() }].into_iter();
    let last = it.next_back();
    println!("len left {}, took {:?}", it.len(), last.as_ref().map(|t| t.id));
    drop(it);
    println!("iterator dropped");

    // Owned strings out of an array, then back into a new one with map.
    let words = [String::from("alpha"), String::from("beta"), String::from("gamma")];
    let upper = words.clone().map(|w| w.to_uppercase());
    let lens: [usize; 3] = words.map(|w| w.len());
    println!("{:?} {:?}", upper, lens);
    let joined: Vec<String> = upper.into_iter().rev().collect();
    println!("{}", joined.join("-"));

    // Long arrays: Debug, equality, ordering, Clone, hashing.
    let mut block = [0u8; 40];
    for (i, b) in block.iter_mut().enumerate() {
        *b = (i * 7 % 256) as u8;
    }
    println!("{:?}", block);
    let copy = block;
    let mut other = block.clone();
    other[39] = 0;
    println!("eq {} ne {} lt {}", copy == block, other != block, other < block);
    println!("checksum {} {}", checksum(block), checksum([1, 2, 3]));

    let mut seen: HashMap<[u8; 40], &str> = HashMap::new();
    seen.insert(block, "original");
    seen.insert(other, "patched");
    println!("lookup {:?} {:?}", seen.get(&copy), seen.len());

    let big = [1u64; 100];
    let total: u64 = big.iter().sum();
    let doubled = big.map(|x| x * 2);
    println!("total {} doubled[99] {} {:?}", total, doubled[99], &doubled[..3]);

    let grid: [[char; 3]; 2] = [['a', 'b', 'c'], ['d', 'e', 'f']];
    for row in grid {
        let s: String = row.into_iter().collect();
        println!("{}", s);
    }
    let defaults: [Option<u8>; 4] = Default::default();
    println!("{:?}", defaults);
    let pairs = [(1, 'x'), (2, 'y')];
    let nums: Vec<i32> = pairs.into_iter().map(|(n, _)| n).collect();
    let chars: Vec<char> = pairs.iter().map(|&(_, c)| c).collect();
    println!("{:?} {:?}", nums, chars);
    let firsts = [[1, 2], [3, 4], [5, 6]].map(|[a, _]| a);
    println!("{:?}", firsts);
    println!("end");
}
