// a missing `;` between two expression statements
fn f() {}
fn main() {
    f() //~ ERROR expected `;`
    f();
}
