// implicit positions count on after a `1$` width: the third and fourth `{}` have no argument
fn main() {
    let w: usize = 5;
    println!("[{:1$}] [{:>1$}] [{:^1$}] [{:<1$}]", w, w); //~ ERROR invalid reference to positional arguments 2 and 3
}
