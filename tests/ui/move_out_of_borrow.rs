// Moving out of places behind references: fields of `&self`, vector elements, `*r`
struct Account {
    owner: String,
    balance: u64,
}

impl Account {
    fn owner(&self) -> String {
        self.owner //~ ERROR E0507
    }
}

fn first_name(names: &Vec<String>) -> String {
    names[0] //~ ERROR E0507
}

fn take(r: &String) -> usize {
    let s = *r; //~ ERROR E0507
    s.len()
}

fn main() {
    let accounts = vec![Account { owner: String::from("ann"), balance: 10 }];
    let a = &accounts[0];
    let owner = a.owner; //~ ERROR E0507
    let names = vec![String::from("x")];
    let n = names[0]; //~ ERROR E0507
    println!("{} {} {} {} {} {}", owner, n, a.balance, accounts[0].owner(), first_name(&names), take(&names[0]));
}
