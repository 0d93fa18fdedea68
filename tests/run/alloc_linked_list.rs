// Linked lists with Box: a cons list enum and a singly linked stack with Option<Box<Node>>.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => *v + sum(rest),
        Nil => 0,
    }
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct LinkedList {
    head: Option<Box<Node>>,
    len: usize,
}

impl LinkedList {
    fn new() -> Self {
        LinkedList { head: None, len: 0 }
    }

    fn push_front(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<i32> {
        match self.head.take() {
            Some(node) => {
                let node = *node;
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.value);
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("sum {}", sum(&list));

    let mut l = LinkedList::new();
    for i in 1..=6 {
        l.push_front(i * i);
    }
    println!("{:?} len {}", l.to_vec(), l.len);
    l.reverse();
    println!("reversed {:?}", l.to_vec());
    println!("popped {:?} {:?}", l.pop_front(), l.pop_front());
    println!("rest {:?} len {}", l.to_vec(), l.len);
    let b = Box::new(5);
    let x = *b + 1;
    println!("unboxed {}", x);
}
