// `T: Copy` bounds: values of a type parameter used more than once, read out of arrays
// and references, on integers, chars, bools, tuples and arrays.
use core::marker::Copy;

fn dup<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn largest<T: Copy + Big>(items: &[T; 5]) -> T {
    let mut best = items[0];
    let mut i = 1;
    while i < 5 {
        if items[i].size() > best.size() {
            best = items[i];
        }
        i += 1;
    }
    best
}

fn deref_twice<T: Copy>(r: &T) -> [T; 3] {
    let v = *r;
    [v, v, *r]
}

trait Big {
    fn size(&self) -> i64;
}

impl Big for i32 {
    fn size(&self) -> i64 {
        *self as i64
    }
}

impl Big for char {
    fn size(&self) -> i64 {
        *self as i64
    }
}

impl Big for (i32, i32) {
    fn size(&self) -> i64 {
        (self.0 * self.0 + self.1 * self.1) as i64
    }
}

fn main() {
    let (a, b) = dup(7u8);
    println!("{} {}", a, b);
    let ((c, d), e) = dup(('x', true));
    println!("{} {} {}", c, d, e.0);
    println!("{}", largest(&[3, 9, -2, 9, 4]));
    println!("{}", largest(&['q', 'z', 'a', 'm', 'b']));
    let p = largest(&[(1, 1), (-3, 2), (0, 0), (2, 2), (1, -3)]);
    println!("{} {}", p.0, p.1);
    let arr = deref_twice(&(5, 6));
    println!("{} {} {}", arr[0].0, arr[1].1, arr[2].0 + arr[2].1);
    let grid = deref_twice(&[1u8, 2]);
    println!("{}", grid[2][1]);
    let flags = deref_twice(&true);
    println!("{}", flags[0] && flags[1] && flags[2]);
}
