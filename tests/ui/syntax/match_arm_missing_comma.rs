// match arms need commas unless they are blocks
fn main() {
    let x = 1;
    let _ = match x {
        1 => 10 //~ ERROR expected `,` following `match` arm
        _ => 20,
    };
}
