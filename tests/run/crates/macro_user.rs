// Uses macro_lib's exported macros by path (`macro_lib::triple!`) and through `use`.
use macro_lib::sum;

macro_lib::newtype!(Meters(u32));

fn main() {
    println!("{}", macro_lib::triple!(14));
    println!("{}", sum!(1, 2, 3, 4));
    println!("{}", sum!());
    let m = Meters(42);
    println!("{}", m.get());
    println!("{}", matches!(m.get(), 40..=45));
    let v = vec![macro_lib::triple!(1), sum!(5, 5)];
    println!("{} {}", v[0], v[1]);
}
