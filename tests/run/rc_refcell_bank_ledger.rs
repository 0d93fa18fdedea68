// A shared ledger: several accounts hold an Rc<RefCell<Ledger>>, post transfers through it,
// and a limit tracker reports through a Messenger trait whose test double records messages
// in a RefCell (the Rust Book's MockMessenger pattern).
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

trait Messenger {
    fn send(&self, msg: &str);
}

struct MockMessenger {
    sent: RefCell<Vec<String>>,
    calls: Cell<u32>,
}

impl MockMessenger {
    fn new() -> MockMessenger {
        MockMessenger { sent: RefCell::new(vec![]), calls: Cell::new(0) }
    }
}

impl Messenger for MockMessenger {
    fn send(&self, msg: &str) {
        self.calls.set(self.calls.get() + 1);
        self.sent.borrow_mut().push(String::from(msg));
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Entry {
    from: String,
    to: String,
    cents: i64,
}

#[derive(Debug, Default)]
struct Ledger {
    entries: Vec<Entry>,
    balances: HashMap<String, i64>,
}

impl Ledger {
    fn post(&mut self, from: &str, to: &str, cents: i64) -> Result<(), String> {
        let available = *self.balances.get(from).unwrap_or(&0);
        if from != "bank" && available < cents {
            return Err(format!("{} has {} but needs {}", from, Cents(available), Cents(cents)));
        }
        *self.balances.entry(from.to_string()).or_insert(0) -= cents;
        *self.balances.entry(to.to_string()).or_insert(0) += cents;
        self.entries.push(Entry { from: from.to_string(), to: to.to_string(), cents });
        Ok(())
    }
}

struct Cents(i64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}

struct Account<'a> {
    name: String,
    ledger: Rc<RefCell<Ledger>>,
    messenger: &'a dyn Messenger,
    limit: i64,
}

impl<'a> Account<'a> {
    fn balance(&self) -> i64 {
        *self.ledger.borrow().balances.get(&self.name).unwrap_or(&0)
    }

    fn pay(&self, to: &Account, cents: i64) {
        let result = self.ledger.borrow_mut().post(&self.name, &to.name, cents);
        match result {
            Ok(()) => {
                let left = self.balance();
                if left * 4 < self.limit {
                    self.messenger.send(&format!("warning: {} is below a quarter of its limit ({})", self.name, Cents(left)));
                }
            }
            Err(e) => self.messenger.send(&format!("declined: {}", e)),
        }
    }
}

fn main() {
    let ledger = Rc::new(RefCell::new(Ledger::default()));
    let messenger = MockMessenger::new();
    let names = ["alice", "bob", "carol"];
    let accounts: Vec<Account> = names
        .iter()
        .map(|n| Account { name: n.to_string(), ledger: Rc::clone(&ledger), messenger: &messenger, limit: 10_000 })
        .collect();
    println!("ledger shared by {} handles", Rc::strong_count(&ledger));

    for (i, a) in accounts.iter().enumerate() {
        ledger.borrow_mut().post("bank", &a.name, 5_000 + 2_500 * i as i64).unwrap();
    }
    accounts[0].pay(&accounts[1], 1_250);
    accounts[1].pay(&accounts[2], 7_000);
    accounts[2].pay(&accounts[0], 20_000);
    accounts[0].pay(&accounts[2], 5_000);
    accounts[1].pay(&accounts[0], 1_000);

    for a in &accounts {
        println!("{:>6}: {}", a.name, Cents(a.balance()));
    }
    {
        let l = ledger.borrow();
        println!("{} entries, first {:?}", l.entries.len(), l.entries[0]);
        let moved: i64 = l.entries.iter().filter(|e| e.from != "bank").map(|e| e.cents).sum();
        println!("moved between accounts: {}", Cents(moved));
        let total: i64 = l.balances.values().sum();
        println!("books balance: {}", total == 0);
    }
    println!("messages ({} calls):", messenger.calls.get());
    for m in messenger.sent.borrow().iter() {
        println!("  {}", m);
    }
    assert_eq!(messenger.sent.borrow().len(), messenger.calls.get() as usize);

    let snapshot: Vec<Entry> = ledger.borrow().entries.clone();
    drop(accounts);
    println!("handles after accounts dropped: {}", Rc::strong_count(&ledger));
    let ledger = Rc::try_unwrap(ledger).expect("only one handle left").into_inner();
    println!("unwrapped ledger: {} entries, same as snapshot: {}", ledger.entries.len(), ledger.entries == snapshot);
}
