// printing a reference needs Display for what it points to
struct Celsius(f64);

fn describe(t: &Celsius) {
    println!("it is {} outside", t); //~ ERROR E0277
}

fn main() {
    let t = Celsius(21.5);
    let _ = t.0;
    describe(&t);
}
