// A tree whose nodes own their children (Rc) and point back to their parent (Weak), in the
// style of the Rust Book's chapter 15: counts, upgrades after the parent is gone, and a
// depth-first walk that sums values and prints paths to the root.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str, value: i32) -> Rc<Node> {
        Rc::new(Node {
            name: name.to_string(),
            value,
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![]),
        })
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
    child.parent.replace(Rc::downgrade(parent));
    parent.children.borrow_mut().push(child);
}

fn path_to_root(node: &Rc<Node>) -> String {
    let mut parts = vec![node.name.clone()];
    let mut current = node.parent.borrow().upgrade();
    while let Some(p) = current {
        parts.push(p.name.clone());
        current = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn sum(node: &Rc<Node>) -> i32 {
    node.value + node.children.borrow().iter().map(sum).sum::<i32>()
}

fn walk(node: &Rc<Node>, depth: usize) {
    println!("{}{} = {} (path {})", "  ".repeat(depth), node.name, node.value, path_to_root(node));
    for child in node.children.borrow().iter() {
        walk(child, depth + 1);
    }
}

fn main() {
    let leaf = Node::new("leaf", 3);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

    {
        let branch = Node::new("branch", 5);
        add_child(&branch, Rc::clone(&leaf));
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    }

    println!("leaf parent after scope = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

    let root = Node::new("root", 1);
    for (i, name) in ["a", "b", "c"].iter().enumerate() {
        let child = Node::new(name, (i as i32 + 1) * 10);
        for j in 0..i {
            add_child(&child, Node::new(&format!("{}{}", name, j), j as i32 + 100));
        }
        add_child(&root, child);
    }
    walk(&root, 0);
    println!("sum = {}", sum(&root));

    let c1 = Rc::clone(&root.children.borrow()[2].children.borrow()[1]);
    println!("deep node: {} -> {}", c1.name, path_to_root(&c1));
    let orphan: Weak<Node> = Weak::new();
    println!("orphan upgrade: {}", orphan.upgrade().is_none());
    let first = Rc::clone(&root.children.borrow()[0]);
    let parent_of_first = first.parent.borrow().upgrade().unwrap();
    println!("same root: {}", Rc::ptr_eq(&parent_of_first, &root));
    drop(parent_of_first);
    println!("root strong = {}, weak = {}", Rc::strong_count(&root), Rc::weak_count(&root));
    drop(root);
    println!("c1 path after root dropped: {}", path_to_root(&c1));
    println!("first's parent alive: {}", first.parent.borrow().upgrade().is_some());
    println!("end of main");
}
