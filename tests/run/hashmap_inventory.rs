// A warehouse inventory kept in HashMaps: stock levels per item, orders grouped by
// customer with the entry API, and set operations on the catalogues of two warehouses.
// Iteration order of hash maps is unspecified, so every listing is sorted first.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
struct Order {
    customer: String,
    item: String,
    qty: u32,
}

fn restock(stock: &mut HashMap<String, u32>, item: &str, qty: u32) {
    *stock.entry(item.to_string()).or_insert(0) += qty;
}

fn fulfil(stock: &mut HashMap<String, u32>, order: &Order) -> Result<u32, String> {
    match stock.get_mut(&order.item) {
        Some(level) if *level >= order.qty => {
            *level -= order.qty;
            Ok(*level)
        }
        Some(level) => Err(format!("only {} {} left for {}", level, order.item, order.customer)),
        None => Err(format!("{} is not stocked", order.item)),
    }
}

fn sorted_stock(stock: &HashMap<String, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = Vec::new();
    for (k, q) in stock.iter() {
        v.push((k.clone(), *q));
    }
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    restock(&mut stock, "bolt", 120);
    restock(&mut stock, "nut", 80);
    restock(&mut stock, "washer", 15);
    restock(&mut stock, "bolt", 30);
    println!("items stocked: {}", stock.len());
    for (item, qty) in sorted_stock(&stock) {
        println!("  {:<8}{:>5}", item, qty);
    }

    let orders = vec![
        Order { customer: "acme".to_string(), item: "bolt".to_string(), qty: 100 },
        Order { customer: "zenith".to_string(), item: "washer".to_string(), qty: 20 },
        Order { customer: "acme".to_string(), item: "nut".to_string(), qty: 40 },
        Order { customer: "orbit".to_string(), item: "gear".to_string(), qty: 1 },
        Order { customer: "zenith".to_string(), item: "bolt".to_string(), qty: 50 },
    ];
    let mut by_customer: HashMap<&str, Vec<&Order>> = HashMap::new();
    for o in &orders {
        by_customer.entry(o.customer.as_str()).or_default().push(o);
        match fulfil(&mut stock, o) {
            Ok(left) => println!("shipped {} x {} to {} ({} left)", o.qty, o.item, o.customer, left),
            Err(e) => println!("cannot ship: {}", e),
        }
    }
    let mut names: Vec<&&str> = by_customer.keys().collect();
    names.sort();
    for name in names {
        let total: u32 = by_customer[*name].iter().map(|o| o.qty).sum();
        println!("{} ordered {} units in {} orders", name, total, by_customer[*name].len());
    }

    // Low stock report, then removing discontinued items.
    let mut low: Vec<String> = stock.iter().filter(|(_, q)| **q < 50).map(|(k, _)| k.clone()).collect();
    low.sort();
    println!("low stock: {:?}", low);
    println!("removed washer: {:?}", stock.remove("washer"));
    println!("removed gear: {:?}", stock.remove("gear"));
    println!("has nut: {}, has washer: {}", stock.contains_key("nut"), stock.contains_key("washer"));

    // Catalogues of two warehouses.
    let north: HashSet<&str> = ["bolt", "nut", "washer", "spring"].iter().cloned().collect();
    let south: HashSet<&str> = ["nut", "spring", "gear", "rivet"].iter().cloned().collect();
    let mut both: Vec<&&str> = north.intersection(&south).collect();
    both.sort();
    let mut only_north: Vec<&&str> = north.difference(&south).collect();
    only_north.sort();
    let mut all: Vec<&str> = north.union(&south).cloned().collect();
    all.sort();
    println!("both: {:?}", both);
    println!("only north: {:?}", only_north);
    println!("all {}: {:?}", all.len(), all);

    // Growth and removal keep every key reachable.
    let mut squares: HashMap<u64, u64> = HashMap::new();
    for i in 0..2000u64 {
        squares.insert(i, i * i);
    }
    for i in (0..2000u64).filter(|i| i % 3 != 0) {
        squares.remove(&i);
    }
    let checksum: u64 = squares.values().sum();
    println!("{} squares left, checksum {}", squares.len(), checksum);
    println!("1998 -> {:?}, 1999 -> {:?}", squares.get(&1998), squares.get(&1999));
    let single: HashMap<&str, i32> = vec![("answer", 42)].into_iter().collect();
    println!("{:?}", single);
}
