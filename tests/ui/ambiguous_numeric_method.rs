// Methods on numeric literals whose type is not known yet: trait methods work (the literal
// falls back to i32 or f64 later), inherent methods of the integer types do not (E0689), and
// a method no type has is E0599.
fn main() {
    let ordering = 3.cmp(&5);
    let text = 1.to_string();
    let larger = 7.max(3);
    println!("{:?} {} {}", ordering, text, larger);

    let squared = 2.pow(3); //~ ERROR E0689
    let base = 2;
    let cubed = base.pow(3); //~ ERROR E0689
    let mut count = 10;
    count += 1;
    let zeros = count.leading_zeros(); //~ ERROR E0689
    let root = 2.0.sqrt(); //~ ERROR E0689
    let nothing = 5.frobnicate(); //~ ERROR E0599
    println!("{} {} {} {} {}", squared, cubed, zeros, root, nothing);
}
