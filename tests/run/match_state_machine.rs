// A vending machine as a state machine over enums: every (state, event) pair is handled by
// an exhaustive match, with guards, bindings and nested variants.

#[derive(Clone, Copy)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
}

#[derive(Clone, Copy)]
enum Event {
    Insert(Coin),
    Select(u8),
    Refund,
    Tick,
}

#[derive(Clone, Copy)]
enum State {
    Idle,
    Collecting { cents: u32 },
    Vending { item: u8, change: u32 },
    OutOfOrder(u8),
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
    }
}

fn price(item: u8) -> Option<u32> {
    match item {
        1..=3 => Some(50),
        4 | 5 => Some(75),
        9 => Some(100),
        _ => None,
    }
}

fn step(s: State, e: Event) -> State {
    match (s, e) {
        (State::OutOfOrder(0), _) => State::Idle,
        (State::OutOfOrder(n), Event::Tick) => State::OutOfOrder(n - 1),
        (State::OutOfOrder(n), _) => State::OutOfOrder(n),
        (State::Idle, Event::Insert(c)) => State::Collecting { cents: value(c) },
        (State::Idle, Event::Select(_)) | (State::Idle, Event::Refund) | (State::Idle, Event::Tick) => State::Idle,
        (State::Collecting { cents }, Event::Insert(c)) => State::Collecting { cents: cents + value(c) },
        (State::Collecting { cents }, Event::Select(item)) => match price(item) {
            Some(p) if cents >= p => State::Vending { item, change: cents - p },
            Some(_) => State::Collecting { cents },
            None => State::OutOfOrder(2),
        },
        (State::Collecting { .. }, Event::Refund) => State::Idle,
        (s @ State::Collecting { .. }, Event::Tick) => s,
        (State::Vending { .. }, _) => State::Idle,
    }
}

fn show(s: State) {
    match s {
        State::Idle => println!("idle"),
        State::Collecting { cents } => println!("collecting {} cents", cents),
        State::Vending { item, change: 0 } => println!("vending item {} (exact)", item),
        State::Vending { item, change } => println!("vending item {}, change {}", item, change),
        State::OutOfOrder(n) => println!("out of order for {} ticks", n),
    }
}

fn main() {
    let events = [
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Quarter),
        Event::Select(2),
        Event::Tick,
        Event::Insert(Coin::Dime),
        Event::Select(4),
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Nickel),
        Event::Select(5),
        Event::Refund,
        Event::Insert(Coin::Dime),
        Event::Select(7),
        Event::Tick,
        Event::Insert(Coin::Dime),
        Event::Tick,
        Event::Tick,
        Event::Insert(Coin::Nickel),
        Event::Refund,
    ];
    let mut s = State::Idle;
    for i in 0..events.len() {
        s = step(s, events[i]);
        show(s);
    }
}
