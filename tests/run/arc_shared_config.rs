// Arc used as real code uses it: shared read-only configuration, a cache of interned
// strings, trait objects behind Arc, copy-on-write updates, and weak back-references.
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Weak};

#[derive(Debug, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    endpoints: Vec<String>,
}

trait Handler {
    fn handle(&self, input: &str) -> String;
    fn name(&self) -> &str;
}

struct Upper;
struct Repeat(usize);

impl Handler for Upper {
    fn handle(&self, input: &str) -> String {
        input.to_uppercase()
    }
    fn name(&self) -> &str {
        "upper"
    }
}

impl Handler for Repeat {
    fn handle(&self, input: &str) -> String {
        input.repeat(self.0)
    }
    fn name(&self) -> &str {
        "repeat"
    }
}

struct Worker {
    id: u32,
    config: Arc<Config>,
    handler: Arc<dyn Handler>,
}

impl Worker {
    fn run(&self, input: &str) -> String {
        format!("[{}#{} {}] {}", self.config.name, self.id, self.handler.name(), self.handler.handle(input))
    }
}

struct Parent {
    name: String,
    children: Vec<Arc<Child>>,
}

struct Child {
    name: String,
    parent: Weak<Parent>,
}

impl fmt::Display for Child {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.parent.upgrade() {
            Some(p) => write!(f, "{} (child of {})", self.name, p.name),
            None => write!(f, "{} (orphan)", self.name),
        }
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn intern(cache: &mut HashMap<String, Arc<str>>, s: &str) -> Arc<str> {
    if let Some(a) = cache.get(s) {
        return Arc::clone(a);
    }
    let a: Arc<str> = Arc::from(s);
    cache.insert(s.to_string(), a.clone());
    a
}

fn main() {
    let config = Arc::new(Config { name: "svc".to_string(), retries: 3, endpoints: vec!["a:1".to_string(), "b:2".to_string()] });
    let upper: Arc<dyn Handler> = Arc::new(Upper);
    let repeat: Arc<dyn Handler> = Arc::new(Repeat(2));
    let workers: Vec<Worker> = (0..4)
        .map(|id| Worker { id, config: Arc::clone(&config), handler: if id % 2 == 0 { upper.clone() } else { repeat.clone() } })
        .collect();
    for w in &workers {
        println!("{}", w.run("ab"));
    }
    println!("config strong={} weak={}", Arc::strong_count(&config), Arc::weak_count(&config));
    println!("upper strong={} same={}", Arc::strong_count(&upper), Arc::ptr_eq(&workers[0].handler, &workers[2].handler));
    drop(workers);
    println!("after drop: config strong={}", Arc::strong_count(&config));

    // Copy-on-write: make_mut clones only while shared.
    let mut mine = Arc::clone(&config);
    Arc::make_mut(&mut mine).retries += 1;
    println!("shared config {:?}", config);
    println!("my config retries={} equal={}", mine.retries, mine == config);
    let before = Arc::as_ptr(&mine);
    Arc::make_mut(&mut mine).endpoints.push("c:3".to_string());
    println!("unique make_mut kept the allocation: {}", before == Arc::as_ptr(&mine));
    println!("get_mut on shared: {}", Arc::get_mut(&mut Arc::clone(&config)).is_some());
    let mut solo = Arc::new(10);
    *Arc::get_mut(&mut solo).unwrap() += 5;
    println!("solo {}", solo);

    // try_unwrap / into_inner give the value back only to the last owner.
    let shared = Arc::new(Noisy("shared"));
    let other = shared.clone();
    let shared = match Arc::try_unwrap(shared) {
        Ok(_) => panic!("not unique"),
        Err(back) => back,
    };
    println!("try_unwrap while shared failed, strong={}", Arc::strong_count(&shared));
    println!("into_inner of one clone: {}", Arc::into_inner(other).is_some());
    let value = Arc::into_inner(shared).expect("last owner");
    println!("got {} back", value.0);
    drop(value);

    // Weak references from children to their parent.
    let parent = Arc::new(Parent { name: "root".to_string(), children: Vec::new() });
    let weak_parent = Arc::downgrade(&parent);
    let kids: Vec<Arc<Child>> = ["x", "y"].iter().map(|n| Arc::new(Child { name: n.to_string(), parent: weak_parent.clone() })).collect();
    let parent = {
        let mut p = Arc::try_unwrap(parent).ok().unwrap();
        p.children = kids.clone();
        Arc::new(p)
    };
    println!("{} has {} children", parent.name, parent.children.len());
    for k in &kids {
        println!("{}", k);
    }
    let relinked = Arc::downgrade(&parent);
    println!("weak count {} upgrade ok {}", Arc::weak_count(&parent), relinked.upgrade().is_some());
    drop(parent);
    println!("after drop: upgrade {:?}, strong {}", relinked.upgrade().map(|p| p.name.clone()), relinked.strong_count());
    let empty: Weak<Config> = Weak::new();
    println!("Weak::new upgrade {:?}", empty.upgrade());

    // Shared slices and strings.
    let mut cache = HashMap::new();
    let a = intern(&mut cache, "alpha");
    let b = intern(&mut cache, "alpha");
    let c = intern(&mut cache, "beta");
    println!("{} {} {} same={} strong={}", a, b, c, Arc::ptr_eq(&a, &b), Arc::strong_count(&a));
    let nums: Arc<[i32]> = vec![3, 1, 4, 1, 5].into();
    let total: i32 = nums.iter().sum();
    println!("{:?} len {} sum {}", nums, nums.len(), total);
    let squares: Arc<[u64]> = (1..=4u64).map(|x| x * x).collect();
    println!("{:?}", squares);
    let arr: Arc<[u8; 3]> = Arc::new([7, 8, 9]);
    let unsized_arr: Arc<[u8]> = arr;
    println!("{:?} {}", unsized_arr, unsized_arr.len());

    // Comparisons, ordering and hashing delegate to the value.
    let mut list = vec![Arc::new(5), Arc::new(2), Arc::new(9)];
    list.sort();
    println!("{:?} max {:?}", list, list.iter().max());
    let mut counts: HashMap<Arc<str>, u32> = HashMap::new();
    for w in ["x", "y", "x"] {
        *counts.entry(Arc::from(w)).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
    keys.sort();
    println!("{}", keys.join(","));
    let d: Arc<Vec<u8>> = Arc::default();
    println!("default {:?} {}", d, Arc::new(2.5) > Arc::new(1.0));
    let raw = Arc::into_raw(Arc::new(Noisy("raw")));
    let back = unsafe { Arc::from_raw(raw) };
    println!("raw round trip {}", back.0);
}
