// stdout and stderr written alternately: each stream keeps its own order.
use std::io::{self, Write};

fn main() {
    let total = 5;
    let mut failures = 0;
    let mut i = 1;
    while i <= total {
        if i % 2 == 0 {
            eprintln!("step {}/{}: warning, value {:>3} is even", i, total, i * 7);
            failures += 1;
        } else {
            println!("step {}/{}: ok ({:#06x})", i, total, i * 255);
        }
        i += 1;
    }
    eprint!("summary: ");
    eprintln!("{} warnings", failures);
    print!("done");
    let _ = io::stdout().flush();
    let mut err = io::stderr();
    let _ = writeln!(err, "stderr via io::Write: {:?}", ("tuple", 1));
    let _ = writeln!(io::stdout(), " and stdout via io::Write: {:+}", 42);
}
