// A binary search tree with Option<Box<Node>>: insert, contains, in-order walk, height, min/max.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if key == node.key {
                return false;
            }
            slot = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { key, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    fn in_order(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push(node.key);
                walk(&node.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn height(&self) -> usize {
        fn h(n: &Option<Box<Node>>) -> usize {
            match n {
                None => 0,
                Some(node) => 1 + h(&node.left).max(h(&node.right)),
            }
        }
        h(&self.root)
    }

    fn min(&self) -> Option<i32> {
        let mut cur = match &self.root {
            Some(n) => n,
            None => return None,
        };
        while let Some(l) = &cur.left {
            cur = l;
        }
        Some(cur.key)
    }
}

fn main() {
    let mut t = Tree::default();
    let keys = vec![50, 30, 70, 20, 40, 60, 80, 35, 45, 65];
    for k in &keys {
        t.insert(*k);
    }
    println!("inserted 30 again: {}", t.insert(30));
    println!("size {} height {}", t.size, t.height());
    println!("in order {:?}", t.in_order());
    println!("contains 45: {}, contains 55: {}", t.contains(45), t.contains(55));
    println!("min {:?}", t.min());
    let small = Tree { root: Some(Box::new(Node { key: 1, left: None, right: None })), size: 1 };
    println!("{:?}", small);
}
