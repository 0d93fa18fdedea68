// destructuring one variant of a local enum in a `let`
enum Msg {
    Move(i32, i32),
    Quit,
    Write(u8),
}

fn main() {
    let m = Msg::Move(1, 2);
    let Msg::Move(x, y) = m; //~ ERROR E0005
    println!("{} {}", x, y);
    let _ = Msg::Quit;
    let _ = Msg::Write(0);
}
