// A price table printed through user Display impls that honour width and alignment.
use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    // Formats into a small stack buffer first so that `pad` can apply width and fill.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = if self.cents < 0 { -self.cents } else { self.cents };
        match f.width() {
            Some(w) => {
                let negative = if self.cents < 0 { 1 } else { 0 };
                let len = count_digits(abs / 100) + 4 + negative;
                let pad = if w > len { w - len } else { 0 };
                write!(f, "{:pad$}{}${}.{:02}", "", sign, abs / 100, abs % 100, pad = pad)
            }
            None => write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100),
        }
    }
}

fn count_digits(mut n: i64) -> usize {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

enum Category {
    Food,
    Tools,
    Books,
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Category::Food => "food",
            Category::Tools => "tools",
            Category::Books => "books",
        };
        // `pad` applies width, alignment and precision like a string would.
        f.pad(name)
    }
}

struct Item {
    name: &'static str,
    category: Category,
    price: Money,
    qty: u32,
}

fn main() {
    let items = [
        Item { name: "apples", category: Category::Food, price: Money { cents: 349 }, qty: 12 },
        Item { name: "hammer", category: Category::Tools, price: Money { cents: 1999 }, qty: 1 },
        Item { name: "the rust book", category: Category::Books, price: Money { cents: 3950 }, qty: 2 },
        Item { name: "refund", category: Category::Food, price: Money { cents: -500 }, qty: 1 },
    ];
    println!("{:<14}|{:^9}|{:>10}|{:>4}", "item", "category", "price", "qty");
    println!("{:-<14}+{:-^9}+{:->10}+{:->4}", "", "", "", "");
    let mut total = 0i64;
    let mut i = 0;
    while i < 4 {
        let it = &items[i];
        println!("{:<14}|{:^9}|{:>10}|{:>4}", it.name, it.category, it.price, it.qty);
        total += it.price.cents * it.qty as i64;
        i += 1;
    }
    println!("{:=<40}", "");
    println!("{:<14} {:>24}", "total", Money { cents: total });
    println!("[{:.3}] [{:*>7.2}] [{:_<6}]", Category::Books, Category::Tools, Category::Food);
    println!("{}", Money { cents: 5 });
}
