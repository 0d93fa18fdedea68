// A trait object cannot be passed by value
trait Speak {
    fn speak(&self) -> u32;
}

fn consume(s: dyn Speak) -> u32 { //~ ERROR E0277
    s.speak()
}

fn main() {}
