// assert_eq! prints both sides with Debug when it fails, so they must implement it
struct Id(u32);

impl PartialEq<u32> for Id {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

fn main() {
    let a = Id(1);
    assert_eq!(a, 1); //~ ERROR E0277
}
