// widths and precisions taken from arguments: `{:1$}`, `{:.*}`, `{:w$}`, `{:.p$}`, captured names
fn column(label: &str, value: i32, width: usize) {
    println!("{label:>width$}: {value:<width$}|");
}

fn main() {
    let mut width: usize = 1;
    while width <= 9 {
        println!("[{0:1$}] [{0:>1$}] [{0:^1$}] [{0:<1$}]", width, width);
        width += 2;
    }
    // `.*` takes the precision first, then the value
    let mut p: usize = 0;
    while p < 6 {
        println!("[{:.*}] [{:>8.*}]", p, "precision", p, "abcdef");
        p += 1;
    }
    // named counts, given as arguments and captured from the scope
    let name = "tsrustc";
    let w = 12;
    let prec = 4;
    println!("[{:>w$}] [{:w$.prec$}] [{name:^w$.prec$}] [{name:-<w$}]", name, name);
    println!("[{0:>width$}] [{0:^width$}] [{0:.prec$}]", name, width = 10, prec = 2);
    println!("[{:>1$.2$}] [{:>2$}]", name, 9, 3);
    // a value can be both printed and used as a count
    println!("[{0:0$}] [{0:>0$}] [{1:>0$}]", 6, 'c');
    column("alpha", 1, 6);
    column("b", -20, 3);
    column("gamma delta", 300, 1);
    // counts drive radix formatting too
    let digits = 8;
    println!("[{:#0digits$x}] [{:0digits$b}] [{:>digits$o}]", 255, 5, 64);
    println!("[{0:01$}] [{0:+01$}] [{0:#01$x}]", 42, 6);
    // positional and named arguments mixed with explicit indexes
    println!("{1} {0} {1:?} {n} {n:>3}", "x", "y", n = 7);
    let a = 10;
    let b = 3;
    println!("{a} / {b} = {q}, remainder {r:0>2}", q = a / b, r = a % b);
}
