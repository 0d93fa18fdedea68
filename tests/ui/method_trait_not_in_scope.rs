// Trait methods are only found when the trait is in scope (rustc's traits_in_scope): a
// trait defined in another module must be imported, by a method call or a `Type::item` path.
#[derive(Debug)]
struct Reading(f64);

mod convert {
    pub trait ToKelvin {
        fn kelvin(&self) -> f64;
    }
    pub trait Labelled {
        fn label() -> &'static str;
    }
    impl ToKelvin for super::Reading {
        fn kelvin(&self) -> f64 {
            self.0 + 273.15
        }
    }
    impl Labelled for super::Reading {
        fn label() -> &'static str {
            "reading"
        }
    }
    pub trait Scale {
        fn scaled(&self, by: f64) -> f64;
    }
    pub trait Stretch {
        fn scaled(&self, by: f64) -> f64;
    }
    impl Scale for f64 {
        fn scaled(&self, by: f64) -> f64 {
            self * by
        }
    }
    impl Stretch for f64 {
        fn scaled(&self, by: f64) -> f64 {
            self * by * 2.0
        }
    }
}

mod report {
    use crate::Reading;

    pub fn show(r: &Reading) {
        // `convert::ToKelvin` is implemented for `Reading` but not imported here.
        println!("{}", r.kelvin()); //~ ERROR E0599
    }
}

fn main() {
    let r = Reading(21.5);
    report::show(&r);
    println!("{}", Reading::label()); //~ ERROR E0599
    let x = 2.0f64;
    println!("{}", x.scaled(3.0)); //~ ERROR E0599
    {
        // Imported in an inner block: in scope there only.
        use convert::ToKelvin;
        println!("{}", r.kelvin());
    }
    println!("{:?}", r);
}
