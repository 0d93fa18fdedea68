// A closure passed where Fn is required cannot borrow a captured variable mutably
struct Log {
    lines: u32,
}

impl Log {
    fn add(&mut self) {
        self.lines += 1;
    }
}

fn run<F>(f: F)
where
    F: Fn(),
{
    f();
}

fn main() {
    let mut log = Log { lines: 0 };
    run(|| log.add()); //~ ERROR E0596
    println!("{}", log.lines);
}
