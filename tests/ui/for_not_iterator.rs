struct Counter {
    n: u32,
}

fn main() {
    let c = Counter { n: 3 };
    for x in c { //~ ERROR E0277
        println!("{}", x);
    }
}
