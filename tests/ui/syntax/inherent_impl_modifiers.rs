// modifiers that only trait impls may have
struct A;
trait Trait {}
impl !Trait {} //~ ERROR inherent impls cannot be negative
unsafe impl A {} //~ ERROR inherent impls cannot be unsafe
default impl A {} //~ ERROR inherent impls cannot be default
fn main() {}
