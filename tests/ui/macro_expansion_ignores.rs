// An expansion with tokens left over in expression position
macro_rules! two_values {
    () => { 1 2 }; //~ ERROR macro expansion ignores `2` and any tokens following
}

fn main() {
    let _x = two_values!();
}
