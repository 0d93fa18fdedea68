// dbg! prints `[file:line:column] expr = value` with {:#?} to stderr and passes the value
// through: in expressions, with several arguments (a tuple), with none (just the place).
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn area(w: u32, h: u32) -> u32 {
    dbg!(w) * dbg!(h)
}

fn main() {
    let a = dbg!(area(3, 4) + 1);
    println!("a = {}", a);
    let p = dbg!(Point { x: 1, y: -2 });
    let (x, y) = dbg!(p.x, p.y);
    println!("{} {}", x, y);
    dbg!();
    let v = dbg!(Some((1u8, "two")));
    println!("{}", v.is_some());
}
