// a width from an argument beyond u16::MAX panics at the macro call (Rust 1.87 and later)
fn pad_to(text: &str, width: usize) {
    println!("[{:>1$}]", text, width);
}

fn main() {
    pad_to("ok", 4);
    pad_to("max", 3);
    let mut w: usize = 65530;
    w += 5;
    // 65535 is the largest count allowed (here a precision, which integers ignore)
    print!("{:.0$}", w);
    println!("<- empty: precision {} of a usize is ignored", w);
    w += 1;
    pad_to("too wide", w);
    println!("not reached");
}
