// an inventory report: columns aligned with widths, fills and precision, totals right-aligned
struct Item {
    name: &'static str,
    category: &'static str,
    qty: u32,
    cents: i64,
}

fn price(cents: i64) -> (i64, i64) {
    (cents / 100, cents % 100)
}

fn rule(width: usize) {
    println!("+{:-<1$}+", "", width);
}

fn main() {
    let items = [
        Item { name: "Widget", category: "tools", qty: 12, cents: 1999 },
        Item { name: "Gadget (deluxe edition)", category: "toys", qty: 3, cents: 12950 },
        Item { name: "Spanner", category: "tools", qty: 140, cents: 475 },
        Item { name: "Kaffeemühle", category: "kitchen", qty: 7, cents: 3405 },
        Item { name: "Bolt", category: "hardware", qty: 10000, cents: 5 },
        Item { name: "Théière", category: "kitchen", qty: 0, cents: 2500 },
    ];
    let name_w = 14;
    let cat_w = 8;
    let total_w = 42;
    rule(total_w);
    println!("|{:^42}|", "INVENTORY");
    println!("|{:=^1$}|", " 2024 ", total_w);
    rule(total_w);
    println!("|{:<name_w$.name_w$}|{:^cat_w$.cat_w$}|{:>6}|{:>11}|", "item", "category", "qty", "price");
    rule(total_w);
    let mut total_qty: u32 = 0;
    let mut total_value: i64 = 0;
    let mut i = 0;
    while i < 6 {
        let it = &items[i];
        let (units, cents) = price(it.cents);
        println!(
            "|{:<name_w$.name_w$}|{:^cat_w$.cat_w$}|{:>6}|{:>8}.{:02}|",
            it.name, it.category, it.qty, units, cents
        );
        total_qty += it.qty;
        total_value += it.cents * it.qty as i64;
        i += 1;
    }
    rule(total_w);
    let (units, cents) = price(total_value);
    println!("|{:<w$}|{:>6}|{:>8}.{:02}|", "total", total_qty, units, cents, w = name_w + cat_w + 1);
    rule(total_w);
    // the same rows as fixed-width records, for a machine to read
    i = 0;
    while i < 6 {
        let it = &items[i];
        println!("{:_<10.10}{:_>10}{:0>8}{:+09}", it.name, it.category, it.qty, -it.cents);
        i += 1;
    }
}
