// `const` items need a type
const X = 5; //~ ERROR missing type for `const` item
fn main() {}
