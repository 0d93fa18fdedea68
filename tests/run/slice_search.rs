// Slices of sorted data: binary search over a lookup table, prefix/suffix checks, contains,
// first/last/get and split_first on slices borrowed from arrays.
struct Entry {
    code: u32,
    name: &'static str,
}

const TABLE: [Entry; 8] = [
    Entry { code: 100, name: "continue" },
    Entry { code: 200, name: "ok" },
    Entry { code: 201, name: "created" },
    Entry { code: 204, name: "no content" },
    Entry { code: 301, name: "moved permanently" },
    Entry { code: 404, name: "not found" },
    Entry { code: 418, name: "i'm a teapot" },
    Entry { code: 500, name: "internal server error" },
];

fn lookup(table: &[Entry], code: u32) -> Option<&'static str> {
    match table.binary_search_by_key(&code, |e| e.code) {
        Ok(i) => Some(table[i].name),
        Err(_) => None,
    }
}

fn insertion_point(sorted: &[i32], x: i32) -> usize {
    match sorted.binary_search(&x) {
        Ok(i) => i,
        Err(i) => i,
    }
}

fn describe(xs: &[i32]) {
    match xs.split_first() {
        Some((head, rest)) => println!("head {} then {} more (last {:?})", head, rest.len(), rest.last()),
        None => println!("empty"),
    }
}

fn main() {
    for &code in [200, 404, 302, 500, 99].iter() {
        match lookup(&TABLE, code) {
            Some(name) => println!("{} => {}", code, name),
            None => println!("{} => unknown", code),
        }
    }

    let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];
    for &x in [1, 2, 10, 13, 30].iter() {
        let found = primes.binary_search(&x).is_ok();
        println!("{:>2}: prime? {:<5} insert at {}", x, found, insertion_point(&primes, x));
    }
    println!("contains 17: {}, contains 21: {}", primes.contains(&17), primes.contains(&21));
    println!("starts with [2, 3]: {}", primes.starts_with(&[2, 3]));
    println!("ends with [23, 29]: {}", primes.ends_with(&[23, 29]));
    println!("ends with [29, 31]: {}", primes.ends_with(&[29, 31]));
    println!("first {:?}, last {:?}, get(4) {:?}, get(42) {:?}", primes.first(), primes.last(), primes.get(4), primes.get(42));

    let (small, large) = primes.split_at(4);
    println!("small {:?} large {:?}", small, large);
    describe(&primes[7..]);
    describe(&primes[..1]);
    describe(&primes[3..3]);

    let by_desc = primes.binary_search_by(|p| p.cmp(&13).reverse());
    println!("descending comparator: {:?}", by_desc);
}
