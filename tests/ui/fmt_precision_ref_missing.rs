// `.3$` names argument 3, and the one argument given is then unused by any placeholder
fn main() {
    println!("{0:.3$} {0}", "pi"); //~ ERROR invalid reference to positional argument 3
}
