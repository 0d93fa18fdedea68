// A trait with a generic method, a method returning Self and a constructor cannot be a trait object
trait Store {
    fn put<T>(&mut self, value: T);
    fn duplicate(&self) -> Self;
    fn empty() -> u32;
    fn size(&self) -> usize;
}

fn report(_s: &dyn Store) {} //~ ERROR E0038

fn main() {}
