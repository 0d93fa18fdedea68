// Textual scoping of macro_rules!: definitions shadow earlier ones, block-local macros, #[macro_use] modules, and macros that define macros
macro_rules! which { () => { "first" }; }

fn before_shadow() -> &'static str { which!() }

macro_rules! which { () => { "second" }; }

fn after_shadow() -> &'static str { which!() }

#[macro_use]
mod helpers {
    macro_rules! triple { ($e:expr) => { $e * 3 }; }
    pub fn inside() -> i32 { triple!(2) }
}

mod child {
    // Macros defined before this module are visible inside it.
    pub fn uses_parent() -> &'static str { which!() }
    pub fn uses_helper() -> i32 { triple!(5) }
}

macro_rules! make_adder {
    ($name:ident, $n:expr) => {
        macro_rules! $name {
            ($x:expr) => { $x + $n };
        }
    };
}

make_adder!(add_ten, 10);
make_adder!(add_one, 1);

fn block_local() -> i32 {
    let outer = {
        macro_rules! local { () => { 100 }; }
        local!()
    };
    macro_rules! local { () => { 1 }; }
    outer + local!()
}

fn main() {
    println!("{} {}", before_shadow(), after_shadow());
    println!("{} {}", helpers::inside(), triple!(7));
    println!("{} {}", child::uses_parent(), child::uses_helper());
    println!("{} {}", add_ten!(5), add_one!(add_ten!(0)));
    println!("{}", block_local());
    macro_rules! which { () => { "third" }; }
    println!("{}", which!());
}
