// a block comment that never ends
fn main() {}
/* one //~ ERROR E0758
   /* nested */
