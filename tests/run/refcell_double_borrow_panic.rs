// A RefCell borrowed mutably twice at run time: try_borrow_mut reports the conflict
// first, then a second borrow_mut while a guard is alive panics with rustc's message and
// exit code 101.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Inventory {
    items: Vec<(String, u32)>,
}

fn restock(inv: &RefCell<Inventory>, name: &str, n: u32) {
    let mut guard = inv.borrow_mut();
    match guard.items.iter_mut().find(|(item, _)| item.as_str() == name) {
        Some(entry) => entry.1 += n,
        None => guard.items.push((name.to_string(), n)),
    }
}

fn main() {
    let inv = Rc::new(RefCell::new(Inventory { items: vec![("bolt".to_string(), 10)] }));
    restock(&inv, "bolt", 5);
    restock(&inv, "nut", 7);
    println!("{:?}", inv.borrow());

    let reader = inv.borrow();
    match inv.try_borrow_mut() {
        Ok(_) => println!("unexpected: got a mutable borrow"),
        Err(e) => println!("try_borrow_mut while reading: {} ({:?})", e, e),
    }
    println!("readers can share: {}", inv.try_borrow().is_ok());
    drop(reader);

    let shared = Rc::clone(&inv);
    let writer = inv.borrow_mut();
    println!("while writing: {:?}", shared);
    match shared.try_borrow() {
        Ok(_) => println!("unexpected: got a shared borrow"),
        Err(e) => println!("try_borrow while writing: {} ({:?})", e, e),
    }
    println!("restocking through the second handle...");
    restock(&shared, "washer", 3);
    drop(writer);
    println!("not reached");
}
