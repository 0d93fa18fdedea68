// ref / ref mut bindings and default binding modes through & and &mut: in match arms, lets,
// if let and for patterns (arr.iter() items are &[i32; 2], v.iter() items &(i32, char)).
struct P { a: i32, b: (u8, u8) }
fn main() {
    let mut opt = Some(5);
    match opt { Some(ref mut x) => *x += 1, None => {} }
    if let Some(x) = &mut opt { *x *= 10; }
    println!("{:?}", opt);
    let mut p = P { a: 1, b: (2, 3) };
    let P { a, b: (ref mut c, _) } = p;
    *c += a as u8;
    println!("{} {}", p.b.0, a);
    match &mut p { P { a, b: (x, y) } => { *a += 1; std::mem::swap(x, y); } }
    println!("{} {} {}", p.a, p.b.0, p.b.1);
    let arr = [[1, 2], [3, 4]];
    for [a, b] in arr.iter() { print!("{} ", a + b); }
    println!();
    let v = vec![(1, 'a'), (2, 'b')];
    for &(n, c) in v.iter() { print!("{}{} ", n, c); }
    println!();
}
