// a macro path through a module that does not exist
fn main() {
    let _ = helpers::build!(3); //~ ERROR E0433
}
