// eprintln!/eprint! go to stderr and println!/print! to stdout, with {} and {:?} arguments
fn main() {
    println!("to stdout 1");
    eprintln!("to stderr 1");
    print!("stdout {} ", 2);
    eprint!("stderr {} ", 2);
    println!("{:?}", "done");
    eprintln!("{:?}", "done");
    let mut errors = 0;
    for i in 0..5 {
        if i % 2 == 1 {
            eprintln!("warning: odd value {}", i);
            errors += 1;
        } else {
            println!("value {}", i);
        }
    }
    eprintln!("{} warnings, ok={}", errors, errors < 3);
    eprintln!();
    eprintln!("{{stderr braces}}");
}
