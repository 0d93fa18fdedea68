// a visibility must be followed by an item
fn main() {}
pub //~ ERROR visibility `pub` is not followed by an item
