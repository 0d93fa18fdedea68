// Indexing assignments through a generic `IndexMut` bound whose type parameter is not the
// function's first: `grid[i] = v` must call `IndexMut::index_mut` on `G`, not on the
// parameter at G's position in the trait's arguments.
use std::ops::{Index, IndexMut};

struct Grid {
    w: usize,
    cells: Vec<i32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (x, y): (usize, usize)) -> &i32 {
        &self.cells[y * self.w + x]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut i32 {
        &mut self.cells[y * self.w + x]
    }
}

fn fill<L: std::fmt::Display, G: IndexMut<(usize, usize), Output = i32>>(label: L, g: &mut G, w: usize, h: usize) {
    for y in 0..h {
        for x in 0..w {
            g[(x, y)] = (x * 10 + y) as i32;
            g[(x, y)] += 1;
        }
    }
    println!("filled {}", label);
}

fn bump<T: Copy, S: IndexMut<usize, Output = T>>(s: &mut S, at: usize, v: T) {
    s[at] = v;
}

fn main() {
    let mut g = Grid { w: 3, cells: vec![0; 6] };
    fill("grid", &mut g, 3, 2);
    println!("{:?} {}", g.cells, g[(2, 1)]);
    let mut v = vec![1u8, 2, 3];
    bump(&mut v, 1, 9);
    println!("{:?}", v);
}
