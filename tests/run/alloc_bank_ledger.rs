// A small bank: accounts in a Vec, a ledger of transactions, errors as Result.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Deposit,
    Withdraw,
    Transfer(usize),
}

#[derive(Debug, Clone)]
struct Transaction {
    account: usize,
    kind: Kind,
    amount: u64,
}

struct Account {
    owner: String,
    balance: u64,
}

struct Bank {
    accounts: Vec<Account>,
    ledger: Vec<Transaction>,
}

impl Bank {
    fn new() -> Bank {
        Bank { accounts: Vec::new(), ledger: Vec::new() }
    }

    fn open(&mut self, owner: &str, initial: u64) -> usize {
        self.accounts.push(Account { owner: String::from(owner), balance: initial });
        let id = self.accounts.len() - 1;
        self.ledger.push(Transaction { account: id, kind: Kind::Deposit, amount: initial });
        id
    }

    fn deposit(&mut self, id: usize, amount: u64) {
        self.accounts[id].balance += amount;
        self.ledger.push(Transaction { account: id, kind: Kind::Deposit, amount });
    }

    fn withdraw(&mut self, id: usize, amount: u64) -> Result<u64, String> {
        let acct = &mut self.accounts[id];
        if acct.balance < amount {
            return Err(format!("{} has only {} (wanted {})", acct.owner, acct.balance, amount));
        }
        acct.balance -= amount;
        self.ledger.push(Transaction { account: id, kind: Kind::Withdraw, amount });
        Ok(acct.balance)
    }

    fn transfer(&mut self, from: usize, to: usize, amount: u64) -> Result<(), String> {
        if from == to {
            return Err(String::from("cannot transfer to the same account"));
        }
        if let Err(e) = self.withdraw(from, amount) {
            return Err(e);
        }
        self.ledger.pop();
        self.accounts[to].balance += amount;
        self.ledger.push(Transaction { account: from, kind: Kind::Transfer(to), amount });
        Ok(())
    }

    fn total(&self) -> u64 {
        let mut sum = 0;
        for a in &self.accounts {
            sum += a.balance;
        }
        sum
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("alice", 100);
    let bob = bank.open("bob", 50);
    let carol = bank.open("carol", 0);
    bank.deposit(carol, 25);
    match bank.withdraw(bob, 80) {
        Ok(left) => println!("bob has {} left", left),
        Err(e) => println!("error: {}", e),
    }
    match bank.withdraw(alice, 30) {
        Ok(left) => println!("alice has {} left", left),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = bank.transfer(alice, alice, 1) {
        println!("error: {}", e);
    }
    bank.transfer(alice, bob, 45).unwrap();
    bank.transfer(bob, carol, 10).unwrap();
    for (i, a) in bank.accounts.iter().enumerate() {
        println!("#{} {:<6} {:>4}", i, a.owner, a.balance);
    }
    println!("total {}", bank.total());
    println!("ledger has {} entries", bank.ledger.len());
    let mut deposits = 0;
    for t in &bank.ledger {
        if matches!(t.kind, Kind::Transfer(_)) {
            println!("{:?}", t);
        }
        if t.kind == Kind::Deposit {
            deposits += 1;
        }
    }
    println!("{} deposits", deposits);
    let mut moved_by_alice = 0;
    for t in &bank.ledger {
        if t.account == alice {
            moved_by_alice += t.amount;
        }
    }
    println!("alice moved {}", moved_by_alice);
}
