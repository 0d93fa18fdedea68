// A stock register keyed by numeric ids: `HashMap<u32, _>` indexed with `map[&id]` (the
// literal's type comes from the map's key through `K: Borrow<Q>`), records compared with a
// derived `PartialEq` that includes a unit marker field.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    count: u32,
    checked: (),
}

fn restock(stock: &mut HashMap<u32, Item>, id: u32, n: u32) {
    if let Some(item) = stock.get_mut(&id) {
        item.count += n;
    }
}

fn main() {
    let mut stock: HashMap<u32, Item> = HashMap::new();
    stock.insert(100, Item { name: "bolt".to_string(), count: 12, checked: () });
    stock.insert(205, Item { name: "nut".to_string(), count: 40, checked: () });
    stock.insert(310, Item { name: "washer".to_string(), count: 0, checked: () });

    println!("{} x{}", stock[&100].name, stock[&100].count);
    restock(&mut stock, 310, 25);
    println!("{:?}", stock[&310]);

    let before = stock[&205].clone();
    restock(&mut stock, 205, 0);
    println!("unchanged: {}", before == stock[&205]);
    restock(&mut stock, 205, 1);
    println!("unchanged: {}", before == stock[&205]);
    println!("{}", () == ());

    let mut ids: Vec<&u32> = stock.keys().collect();
    ids.sort();
    let total: u32 = ids.iter().map(|id| stock[*id].count).sum();
    println!("{:?} total {}", ids, total);

    let by_len: HashMap<usize, Vec<&str>> = stock.values().fold(HashMap::new(), |mut m, it| {
        m.entry(it.name.len()).or_insert_with(Vec::new).push(it.name.as_str());
        m
    });
    let mut lens: Vec<_> = by_len.keys().copied().collect();
    lens.sort();
    for l in lens {
        let mut names = by_len[&l].clone();
        names.sort();
        println!("{} -> {:?}", l, names);
    }
}
