// A value moved away while a reference to it is still used
fn archive(items: Vec<String>) -> usize {
    items.len()
}

fn main() {
    let items = vec![String::from("a"), String::from("b")];
    let first = &items[0];
    let n = archive(items); //~ ERROR E0505
    println!("{} {}", first, n);
}
