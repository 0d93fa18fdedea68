// Uses the generic items of tests/run/crates/generic_lib.rs: the dependent instantiates
// them from the MIR in the library's metadata.
use generic_lib::{Pair, Shape};

struct Sq(u32);

impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", generic_lib::id(5u8));
    println!("{}", generic_lib::id("str"));
    println!("{}", generic_lib::bigger(Sq(2), Sq(3)).0);
    let p = Pair::new(Sq(1), Sq(2));
    println!("{} {}", p.total(), p.a.twice());
}
