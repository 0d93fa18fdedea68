// const items need an explicit type
const LIMIT = 10; //~ ERROR missing type for `const` item

fn main() {
    println!("{}", LIMIT);
}
