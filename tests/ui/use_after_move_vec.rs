// Moving a Vec into a function and then using it again.
fn total(v: Vec<i32>) -> i32 {
    let mut t = 0;
    for x in &v {
        t += *x;
    }
    t
}

fn main() {
    let numbers = vec![1, 2, 3];
    let sum = total(numbers);
    let again = numbers; //~ ERROR E0382
    println!("{} {}", sum, again.len());
}
