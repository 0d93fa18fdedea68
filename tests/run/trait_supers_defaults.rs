// Supertraits, default methods, trait type parameters with defaults (Rhs = Self) and
// associated consts, through generic functions and trait paths.
trait Named {
    fn name(&self) -> &'static str;
    fn greet(&self) -> u32 {
        self.name().len() as u32
    }
}

trait Animal: Named {
    const LEGS: u32;
    fn sound(&self) -> &'static str;
    fn legs(&self) -> u32;
    fn describe(&self) -> u32 {
        self.greet() * 100 + self.legs()
    }
}

trait Pet: Animal {
    fn owner(&self) -> &'static str {
        "nobody"
    }
}

struct Dog;
struct Bird {
    talks: bool,
}

impl Named for Dog {
    fn name(&self) -> &'static str {
        "dog"
    }
}

impl Animal for Dog {
    const LEGS: u32 = 4;
    fn sound(&self) -> &'static str {
        "woof"
    }
    fn legs(&self) -> u32 {
        Dog::LEGS
    }
}

impl Pet for Dog {
    fn owner(&self) -> &'static str {
        "alice"
    }
}

impl Named for Bird {
    fn name(&self) -> &'static str {
        if self.talks { "parrot" } else { "sparrow" }
    }
    fn greet(&self) -> u32 {
        7
    }
}

impl Animal for Bird {
    const LEGS: u32 = 2;
    fn sound(&self) -> &'static str {
        "tweet"
    }
    fn legs(&self) -> u32 {
        <Bird as Animal>::LEGS
    }
}

impl Pet for Bird {}

fn report<P: Pet>(p: &P) {
    println!("{} says {} ({} legs, owner {}, code {})", p.name(), p.sound(), p.legs(), p.owner(), p.describe());
}

/// A comparison trait with a defaulted type parameter, like `PartialEq<Rhs = Self>`.
trait Near<Rhs = Self> {
    fn near(&self, other: &Rhs) -> bool;
}

impl Near for i32 {
    fn near(&self, other: &i32) -> bool {
        let d = self - other;
        d <= 1 && d >= -1
    }
}

impl Near<f64> for i32 {
    fn near(&self, other: &f64) -> bool {
        let d = *self as f64 - *other;
        d < 0.5 && d > -0.5
    }
}

fn count_near<T: Near>(xs: &[T], target: &T) -> usize {
    let mut n = 0;
    for x in xs {
        if x.near(target) {
            n += 1;
        }
    }
    n
}

trait Shape {
    fn area(&self) -> f64;
    fn scaled(&self, k: f64) -> f64 {
        self.area() * k * k
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    report(&Dog);
    report(&Bird { talks: true });
    report(&Bird { talks: false });
    println!("{} {}", <Dog as Animal>::LEGS + Bird::LEGS, Named::name(&Dog));

    println!("{} {}", 5i32.near(&6), 5i32.near(&8));
    println!("{} {}", Near::<f64>::near(&5, &5.3), <i32 as Near<f64>>::near(&5, &5.6));
    println!("{}", count_near(&[1, 2, 3, 10, 11], &2));
    println!("{} {}", Square(3.0).area(), Square(1.5).scaled(2.0));
}
