// std::process::exit called from deep recursion with code 42; output printed before must still appear
fn descend(depth: u32) -> u32 {
    if depth == 5 {
        print!("bottom reached, no newline");
        std::process::exit(42);
    }
    println!("depth {}", depth);
    descend(depth + 1) + 1
}

fn main() {
    let r = descend(0);
    println!("unreachable {}", r);
}
