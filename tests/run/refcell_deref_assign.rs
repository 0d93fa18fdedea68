// Explicit `*` on DerefMut types in mutable places: `*cell.borrow_mut() += x`,
// `*guard = value`, `&mut *guard`, `*boxed -= 1`, as the Rust Book's chapter 15 writes them.
use std::cell::RefCell;
use std::ops::{Deref, DerefMut};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

/// A guard that counts how often it hands out mutable access.
struct Audited<'a, T> {
    inner: &'a mut T,
    writes: usize,
}

impl<'a, T> Deref for Audited<'a, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.inner
    }
}

impl<'a, T> DerefMut for Audited<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.writes += 1;
        self.inner
    }
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("branch children = {:?}", branch.children.borrow().iter().map(|c| c.value).collect::<Vec<_>>());

    let total = Rc::new(RefCell::new(0));
    for step in 1..=4 {
        let t = Rc::clone(&total);
        *t.borrow_mut() += step * 10;
    }
    *total.borrow_mut() -= 1;
    println!("total = {}", total.borrow());

    let log = RefCell::new(Vec::new());
    for word in "alpha beta gamma".split_whitespace() {
        let mut entries = log.borrow_mut();
        let e: &mut Vec<String> = &mut *entries;
        e.push(word.to_uppercase());
    }
    println!("log = {:?}", log.borrow());

    let mut scores = vec![7, 1, 4];
    let mut guard = Audited { inner: &mut scores, writes: 0 };
    (*guard).sort();
    guard.push(9);
    *guard = guard.iter().map(|s| s * 2).collect();
    let writes = guard.writes;
    println!("scores = {:?} after {} writes", scores, writes);

    let mut boxed = Box::new(100u32);
    *boxed -= 58;
    let b: &mut u32 = &mut *boxed;
    *b += 0;
    println!("boxed = {}", boxed);
}
