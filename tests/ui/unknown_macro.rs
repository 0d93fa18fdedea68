// invoking a macro that is not defined (a name unlike any std macro, so no suggestion is printed)
fn main() {
    frobnicate!("hello"); //~ ERROR cannot find macro `frobnicate` in this scope
}
