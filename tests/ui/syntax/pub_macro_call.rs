// a visibility on a macro invocation or macro_rules!
pub foo!(); //~ ERROR can't qualify macro invocation with `pub`
pub macro_rules! m { () => {} } //~ ERROR can't qualify macro_rules invocation with `pub`
fn main() {}
