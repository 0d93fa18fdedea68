// macro_rules! names are textually scoped: not visible before the definition, nor outside a module without #[macro_use]
mod shapes {
    macro_rules! area {
        ($w:expr, $h:expr) => { $w * $h };
    }

    pub fn square(s: u32) -> u32 {
        area!(s, s)
    }
}

fn main() {
    let _a = shapes::square(3);
    let _b = area!(2, 3); //~ ERROR cannot find macro `area` in this scope
    let _c = later!(); //~ ERROR cannot find macro `later` in this scope
}

macro_rules! later {
    () => { 0 };
}

pub fn after() -> i32 {
    later!()
}
