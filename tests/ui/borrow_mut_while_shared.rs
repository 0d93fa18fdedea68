// A vector changed while a reference into it is still used
fn main() {
    let mut scores = vec![10, 20, 30];
    let best = &scores[0];
    scores.push(40); //~ ERROR E0502
    println!("best {}", best);

    let mut log = String::new();
    let w = &mut log;
    println!("{}", log.len()); //~ ERROR E0502
    w.push_str("done");
}
