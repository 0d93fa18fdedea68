// Sum, Product and FromIterator implemented for user types, used through sum(),
// product() and collect() on iterator chains.
use std::iter::{FromIterator, Product, Sum};
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money { cents: 0 }, |a, b| a + b)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        let mut total = Money { cents: 0 };
        for m in iter {
            total = total + *m;
        }
        total
    }
}

/// A factor that multiplies up as a fraction-free scale.
#[derive(Debug, Clone, Copy)]
struct Scale(u32);

impl Product for Scale {
    fn product<I: Iterator<Item = Scale>>(iter: I) -> Scale {
        let mut p = 1;
        for Scale(s) in iter {
            p *= s;
        }
        Scale(p)
    }
}

/// Counts values into ten buckets by their last digit.
#[derive(Debug)]
struct Histogram {
    buckets: [u32; 10],
    total: u32,
}

impl FromIterator<u32> for Histogram {
    fn from_iter<T: IntoIterator<Item = u32>>(iter: T) -> Histogram {
        let mut h = Histogram { buckets: [0; 10], total: 0 };
        for v in iter {
            h.buckets[(v % 10) as usize] += 1;
            h.total += 1;
        }
        h
    }
}

impl Histogram {
    fn busiest(&self) -> usize {
        (0..10).max_by_key(|&i| self.buckets[i]).unwrap()
    }
}

fn main() {
    let prices = [Money { cents: 250 }, Money { cents: 199 }, Money { cents: 1001 }];
    let by_ref: Money = prices.iter().sum();
    let by_value: Money = prices.iter().copied().filter(|m| m.cents > 200).sum();
    println!("{:?} {:?}", by_ref, by_value);
    let doubled: Money = (1..=4).map(|c| Money { cents: c * 2 }).sum();
    println!("{}", doubled.cents);

    let s: Scale = (1..=5).map(|x| Scale(x)).product();
    println!("{:?}", s);

    let h: Histogram = (1..=47u32).map(|x| x * 7).collect();
    println!("{} values, busiest bucket {}, counts {:?}", h.total, h.busiest(), &h.buckets[..]);
    let squares = (1..=12u32).map(|x| x * x).collect::<Histogram>();
    println!("squares end in {:?}", &squares.buckets[..]);

    let total_cents: i64 = prices.iter().map(|m| m.cents).sum();
    let product: i64 = prices.iter().map(|m| m.cents % 7).product();
    println!("{} {}", total_cents, product);
    let floats: f64 = [0.5, 0.25, 0.125].iter().sum();
    let empty: f64 = (0..0).map(|x| x as f64).sum();
    println!("{} {}", floats, empty);
}
