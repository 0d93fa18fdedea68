// panic! after print! without a trailing newline: stdout is still flushed, stderr gets the message
fn main() {
    print!("partial line");
    eprintln!("about to panic");
    panic!("stop here");
}
