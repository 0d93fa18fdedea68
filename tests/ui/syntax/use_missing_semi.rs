// `use` needs a `;`
use std::fmt //~ ERROR expected `;`
fn main() {}
