// a struct without a Display impl cannot be printed with `{}`
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{} {}", p.x, p.y);
    println!("point: {}", p); //~ ERROR E0277
}
