// The Rust Book ch. 13 closure programs: unwrap_or_else with a closure borrowing self, closures
// that borrow, borrow mutably and count sort operations, and closures through iterator adapters.
#[derive(Debug, PartialEq, Copy, Clone)]
enum ShirtColor {
    Red,
    Blue,
}

struct Inventory {
    shirts: Vec<ShirtColor>,
}

impl Inventory {
    fn giveaway(&self, user_preference: Option<ShirtColor>) -> ShirtColor {
        user_preference.unwrap_or_else(|| self.most_stocked())
    }

    fn most_stocked(&self) -> ShirtColor {
        let mut num_red = 0;
        let mut num_blue = 0;

        for color in &self.shirts {
            match color {
                ShirtColor::Red => num_red += 1,
                ShirtColor::Blue => num_blue += 1,
            }
        }
        if num_red > num_blue {
            ShirtColor::Red
        } else {
            ShirtColor::Blue
        }
    }
}

#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let store = Inventory {
        shirts: vec![ShirtColor::Blue, ShirtColor::Red, ShirtColor::Blue],
    };

    let user_pref1 = Some(ShirtColor::Red);
    let giveaway1 = store.giveaway(user_pref1);
    println!(
        "The user with preference {:?} gets {:?}",
        user_pref1, giveaway1
    );

    let user_pref2 = None;
    let giveaway2 = store.giveaway(user_pref2);
    println!(
        "The user with preference {:?} gets {:?}",
        user_pref2, giveaway2
    );

    let list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");

    let only_borrows = || println!("From closure: {list:?}");

    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");

    let mut list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");

    let mut borrows_mutably = || list.push(7);

    borrows_mutably();
    println!("After calling closure: {list:?}");

    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];

    let mut num_sort_operations = 0;
    list.sort_by_key(|r| {
        num_sort_operations += 1;
        r.width
    });
    println!("{:?} {:?} {:?}, sorted in {num_sort_operations} operations", list[0], list[1], list[2]);
    println!("heights: {} {} {}", list[0].height, list[1].height, list[2].height);

    let v1: Vec<i32> = vec![1, 2, 3];
    let mut v2 = Vec::new();
    v1.iter().map(|x| x + 1).for_each(|x| v2.push(x));
    let shoes = vec![10, 13, 10];
    let mut in_my_size = Vec::new();
    for s in shoes.into_iter().filter(|s| *s == 10) { in_my_size.push(s); }
    println!("{:?} {:?}", v2, in_my_size);
    let total: i32 = v1.iter().sum();
    let evens = (1..=10).filter(|n| n % 2 == 0).fold(0, |acc, n| acc + n);
    println!("{} {}", total, evens);
    let words = ["a", "bb", "ccc"];
    let lens = words.iter().map(|w| w.len()).fold(0, |a, b| a * 10 + b);
    println!("{:?}", lens);
    let maybe = Some(4).map(|x| x * 10).and_then(|x| if x > 30 { Some(x) } else { None });
    println!("{:?}", maybe);
}
