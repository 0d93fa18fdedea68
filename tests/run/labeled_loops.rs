// labeled break/continue across nested loop, while and for; break with value out of a labeled loop
fn main() {
    // find the first pythagorean triple with c > 20
    let triple = 'search: loop {
        for c in 21..100u32 {
            for a in 1..c {
                for b in a..c {
                    if a * a + b * b == c * c {
                        break 'search (a, b, c);
                    }
                }
            }
        }
        break (0, 0, 0);
    };
    println!("triple: {} {} {}", triple.0, triple.1, triple.2);

    // skip rows with continue 'outer
    let mut printed = 0;
    'outer: for i in 0..6 {
        for j in 0..6 {
            if j > i {
                println!();
                continue 'outer;
            }
            if i == 4 {
                println!("skip row 4");
                continue 'outer;
            }
            print!("{}{} ", i, j);
            printed += 1;
        }
        println!("end of row {}", i);
    }
    println!("printed {}", printed);

    // labeled while with break out of both
    let mut x = 0;
    let mut y;
    'rows: while x < 10 {
        y = 0;
        while y < 10 {
            if x * y == 42 {
                println!("found {} * {} = 42", x, y);
                break 'rows;
            }
            y += 1;
        }
        x += 1;
    }

    // labeled loop used as an expression
    let n = 91;
    let factor = 'classify: loop {
        if n % 2 == 0 {
            break 'classify 2;
        }
        let mut d = 3;
        while d * d <= n {
            if n % d == 0 {
                break 'classify d;
            }
            d += 2;
        }
        break 0;
    };
    println!("smallest factor of {} (0 if prime): {}", n, factor);

    // count iterations across a labeled loop with continue
    let mut count = 0;
    let mut i = 0;
    'a: loop {
        i += 1;
        if i > 100 {
            break 'a;
        }
        let mut j = 0;
        loop {
            j += 1;
            if j > i {
                continue 'a;
            }
            if (i + j) % 7 == 0 {
                count += 1;
            }
        }
    }
    println!("pairs with (i+j)%7==0: {}", count);
}
