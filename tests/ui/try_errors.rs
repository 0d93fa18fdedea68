#[derive(Debug)]
struct MyErr;
#[derive(Debug)]
struct Other;
fn other() -> Result<i32, Other> { Err(Other) }
fn convert() -> Result<i32, MyErr> {
    let n = other()?; //~ ERROR E0277
    Ok(n)
}
fn first(v: Option<i32>) -> Result<i32, MyErr> {
    let x = v?; //~ ERROR E0277
    Ok(x)
}
fn opt(r: Result<i32, MyErr>) -> Option<i32> {
    let n = r?; //~ ERROR E0277
    Some(n)
}
fn bad() -> u32 {
    let x = 5?; //~ ERROR E0277
    x
}
fn main() {
    let r: Result<i32, MyErr> = Ok(1);
    let v = r?; //~ ERROR E0277
    println!("{}", v);
    let _ = (convert(), first(None), opt(Ok(1)), bad());
}
