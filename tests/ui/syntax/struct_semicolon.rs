// a braced struct is not followed by `;`
struct S {}; //~ ERROR expected item, found `;`
fn main() {}
