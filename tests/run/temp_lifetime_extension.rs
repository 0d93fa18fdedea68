// Temporaries borrowed by a `let` initializer live until the end of the enclosing block
// (temporary lifetime extension), others die at the end of their statement. Resources log
// when they are opened and closed so the order is visible.

struct Resource {
    name: &'static str,
    data: Vec<u32>,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("  close {} ({} items)", self.name, self.data.len());
    }
}

fn open(name: &'static str, n: u32) -> Resource {
    println!("  open {}", name);
    Resource { name, data: (1..=n).collect() }
}

fn find(name: &'static str, present: bool) -> Option<Resource> {
    if present { Some(open(name, 2)) } else { None }
}

struct View<'a> {
    primary: &'a Resource,
    backup: &'a Resource,
}

struct Guard<'a>(&'a Resource);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("  release guard on {}", self.0.name);
    }
}

fn total(r: &Resource) -> u32 {
    r.data.iter().sum()
}

fn lookup(present: bool) {
    let _log = open("log", 0);
    let Some(res) = &find("cache", present) else {
        println!("  cache missing");
        return;
    };
    println!("  cache has {}", total(res));
}

fn main() {
    println!("borrow of a call result");
    {
        let config = &open("config", 3);
        let count = open("scratch", 5).data.len();
        println!("  config sum {} scratch had {}", total(config), count);
    }

    println!("borrows inside structs, tuples and arrays");
    {
        let view = View { primary: &open("primary", 1), backup: &open("backup", 2) };
        let pair = (&open("left", 1), [&open("right", 4)]);
        println!("  {} + {} + {} + {}", total(view.primary), total(view.backup), total(pair.0), total(pair.1[0]));
    }

    println!("constructors, guards and block tails");
    {
        let maybe = Some(&open("optional", 2));
        let guard = Guard(&open("locked", 1));
        let tail = {
            let _tmp = open("temporary", 1);
            &open("result", 3)
        };
        println!("  {} {} {}", maybe.map(total).unwrap_or(0), guard.0.name, total(tail));
    }

    println!("if and match arms");
    for round in 0..2 {
        let chosen = if round == 0 { &open("fast", 1) } else { &open("slow", 2) };
        let mode = match round {
            0 => &open("read", 1),
            _ => &open("write", 1),
        };
        println!("  round {}: {} {}", round, chosen.name, mode.name);
    }

    println!("ref bindings, fields and owned values");
    {
        let (ref first, _) = (open("first", 2), 0);
        let items = &open("items", 4).data;
        let text: &str = &String::from("borrowed text");
        let list = &mut vec![3, 1, 2];
        list.sort();
        println!("  {} {:?} {} {:?}", first.name, items, text, list);
    }

    println!("let-else");
    lookup(true);
    lookup(false);
    println!("done");
}
