// Variants whose fields cannot have values need no arm (rustc's min_exhaustive_patterns):
// Result<u8, Void> is matched and destructured with Ok alone.
enum Void {}
fn absurd(v: Void) -> u8 { match v {} }
fn r(v: &Void) -> u8 { match *v {} }
fn res(x: Result<u8, Void>) -> u8 { match x { Ok(n) => n } }
fn main() {
    let x: Result<u8, Void> = Ok(1);
    let Ok(n) = x;
    println!("{}", n + res(Ok(2)));
    let _ = absurd as fn(Void) -> u8;
    let _ = r as fn(&Void) -> u8;
}
