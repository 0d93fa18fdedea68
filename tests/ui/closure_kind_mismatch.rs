// A closure that moves out of its captures only implements FnOnce
struct Ticket {
    id: u32,
}

fn redeem(t: Ticket) -> u32 {
    t.id
}

fn call_twice<F: Fn() -> u32>(f: F) -> u32 {
    f() + f()
}

fn main() {
    let t = Ticket { id: 7 };
    let once = move || redeem(t); //~ ERROR E0525
    println!("{}", call_twice(once));
}
