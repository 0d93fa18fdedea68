// Event callbacks stored in structs: a generic F field, callbacks that mutate state (FnMut),
// and a small dispatcher over several handlers.

struct Button<F: Fn(u32) -> bool> {
    label: &'static str,
    clicks: u32,
    on_click: F,
}

impl<F: Fn(u32) -> bool> Button<F> {
    fn new(label: &'static str, on_click: F) -> Self {
        Button { label, clicks: 0, on_click }
    }

    fn click(&mut self) {
        self.clicks += 1;
        let handled = (self.on_click)(self.clicks);
        println!("[{}] click {} handled: {}", self.label, self.clicks, handled);
    }
}

struct Timer<F>
where
    F: FnMut(u64),
{
    elapsed: u64,
    interval: u64,
    on_tick: F,
}

impl<F> Timer<F>
where
    F: FnMut(u64),
{
    fn advance(&mut self, ms: u64) {
        let before = self.elapsed / self.interval;
        self.elapsed += ms;
        let after = self.elapsed / self.interval;
        let mut t = before + 1;
        while t <= after {
            (self.on_tick)(t * self.interval);
            t += 1;
        }
    }
}

enum Event {
    Key(char),
    Resize(u16, u16),
    Quit,
}

struct Dispatcher<K, R>
where
    K: FnMut(char),
    R: Fn(u16, u16) -> u32,
{
    on_key: K,
    on_resize: R,
    running: bool,
}

impl<K: FnMut(char), R: Fn(u16, u16) -> u32> Dispatcher<K, R> {
    fn dispatch(&mut self, e: &Event) {
        match *e {
            Event::Key(c) => (self.on_key)(c),
            Event::Resize(w, h) => {
                let area = (self.on_resize)(w, h);
                println!("resized to {}x{} (area {})", w, h, area);
            }
            Event::Quit => {
                self.running = false;
                println!("quit");
            }
        }
    }
}

fn main() {
    let threshold = 2;
    let mut ok = Button::new("OK", |n| n <= threshold);
    ok.click();
    ok.click();
    ok.click();

    let mut log_count = 0;
    {
        let mut timer = Timer {
            elapsed: 0,
            interval: 250,
            on_tick: |at: u64| {
                log_count += 1;
                println!("tick at {} ms", at);
            },
        };
        timer.advance(300);
        timer.advance(600);
        timer.advance(10);
    }
    println!("{} ticks logged", log_count);

    let mut typed = [' '; 8];
    let mut len = 0;
    let mut d = Dispatcher {
        on_key: |c| {
            if len < typed.len() {
                typed[len] = c;
                len += 1;
            }
        },
        on_resize: |w, h| w as u32 * h as u32,
        running: true,
    };
    let events = [Event::Key('h'), Event::Key('i'), Event::Resize(80, 24), Event::Key('!'), Event::Quit];
    let mut i = 0;
    while i < events.len() && d.running {
        d.dispatch(&events[i]);
        i += 1;
    }
    println!("still running: {}", d.running);
    println!("typed {} chars: {}{}{}", len, typed[0], typed[1], typed[2]);
}
