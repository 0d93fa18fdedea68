// unknown literal prefixes are reserved since 2021
fn main() {
    let s = foo"bar"; //~ ERROR prefix `foo` is unknown
}
