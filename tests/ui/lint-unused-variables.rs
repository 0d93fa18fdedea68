// Unused variables, dead assignments and needless `mut`, as a small inventory program.
struct Item {
    name: &'static str,
    count: u32,
    price: u32,
}

fn total(items: &[Item], discount: u32) -> u32 {
    let mut sum = 0;
    for item in items {
        let Item { name, count, price } = item;
        sum += count * price;
    }
    let mut rounded = sum;
    rounded = sum / 10 * 10;
    rounded
}

fn describe(item: &Item, verbose: bool) -> String {
    let mut label = String::new();
    label = format!("{} x{}", item.name, item.count);
    let mut unused_count = 0;
    unused_count = item.count;
    let mut never = 1;
    let tag;
    tag = "item";
    label
}

fn reset(mut level: u32) -> u32 {
    level = 0;
    level
}

#[allow(unused_variables)]
fn quiet(item: &Item) {
    let extra = item.price;
}

fn main() {
    let items = [Item { name: "apple", count: 3, price: 25 }, Item { name: "pear", count: 2, price: 40 }];
    let mut checked = 0;
    let unused = items.len();
    #[allow(unused_mut)]
    let mut spare = 5;
    println!("{}", total(&items, 5));
    println!("{}", describe(&items[0], true));
    println!("{} {}", reset(4), spare);
    quiet(&items[1]);
    let _ignored = checked;
}
