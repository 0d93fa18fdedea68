// The 2021 edition requires `dyn` before a trait used as a type
trait Greet {
    fn hello(&self) -> u32;
}

struct En;

impl Greet for En {
    fn hello(&self) -> u32 {
        1
    }
}

fn main() {
    let en = En;
    let g: &Greet = &en; //~ ERROR E0782
    println!("{}", g.hello());
}
