// An inventory lookup table: Option chaining through map, and_then, filter, `?` and friends.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    sku: u32,
    price_cents: u32,
    stock: u32,
    discount_pct: Option<u8>,
}

const TABLE: [Item; 4] = [
    Item { sku: 100, price_cents: 250, stock: 10, discount_pct: None },
    Item { sku: 101, price_cents: 1999, stock: 0, discount_pct: Some(10) },
    Item { sku: 205, price_cents: 80, stock: 300, discount_pct: Some(50) },
    Item { sku: 310, price_cents: 4500, stock: 2, discount_pct: None },
];

fn find(sku: u32) -> Option<&'static Item> {
    for item in TABLE.iter() {
        if item.sku == sku {
            return Some(item);
        }
    }
    None
}

fn in_stock(sku: u32) -> Option<&'static Item> {
    find(sku).filter(|it| it.stock > 0)
}

fn sale_price(sku: u32) -> Option<u32> {
    let item = in_stock(sku)?;
    let pct = item.discount_pct.unwrap_or(0) as u32;
    Some(item.price_cents * (100 - pct) / 100)
}

fn cheaper(a: u32, b: u32) -> Option<u32> {
    let pa = sale_price(a)?;
    let pb = sale_price(b)?;
    Some(if pa <= pb { a } else { b })
}

fn main() {
    for sku in [100, 101, 205, 310, 999].iter() {
        let price = sale_price(*sku);
        let label = price.map(|p| p / 100).map_or(0, |d| d + 1);
        println!("{} -> {:?} (label {})", sku, price, label);
    }
    println!("{:?}", find(205).and_then(|it| it.discount_pct));
    println!("{:?}", find(310).and_then(|it| it.discount_pct));
    println!("{:?}", cheaper(100, 205));
    println!("{:?}", cheaper(100, 101));
    println!("{}", find(999).is_none());
    println!("{}", find(100).map(|it| it.stock).unwrap_or_default());
    println!("{:?}", find(101).map(|it| it.stock).filter(|s| *s > 0).or(Some(0)));
    let mut cart: Option<u32> = None;
    for sku in [205, 100].iter() {
        let p = sale_price(*sku).unwrap_or(0);
        *cart.get_or_insert(0) += p;
    }
    println!("cart total: {:?}", cart);
    println!("{:?}", cart.take());
    println!("{:?} {:?}", cart, cart.xor(Some(1)));
    println!("{:?}", Some(3).zip(Some('z')));
    println!("{:?}", find(100).copied().map(|it| it.price_cents));
}
