// A plugin registry driven through &mut dyn Plugin: supertrait methods, default methods,
// mutable state behind trait objects, and size_of_val/align_of_val of trait objects.
use std::mem;

trait Named {
    fn name(&self) -> &'static str;
}

trait Plugin: Named {
    fn on_event(&mut self, event: u32);
    fn summary(&self) -> u64;
    fn enabled(&self) -> bool {
        true
    }
    fn banner(&self) {
        println!("[{}] summary={} enabled={}", self.name(), self.summary(), self.enabled());
    }
}

struct Counter {
    seen: u32,
}

struct Summer {
    total: u64,
    limit: u64,
}

struct Maxer {
    max: u32,
    ticks: u8,
}

impl Named for Counter {
    fn name(&self) -> &'static str {
        "counter"
    }
}

impl Named for Summer {
    fn name(&self) -> &'static str {
        "summer"
    }
}

impl Named for Maxer {
    fn name(&self) -> &'static str {
        "maxer"
    }
}

impl Plugin for Counter {
    fn on_event(&mut self, _event: u32) {
        self.seen += 1;
    }
    fn summary(&self) -> u64 {
        self.seen as u64
    }
}

impl Plugin for Summer {
    fn on_event(&mut self, event: u32) {
        if self.total < self.limit {
            self.total += event as u64;
        }
    }
    fn summary(&self) -> u64 {
        self.total
    }
    fn enabled(&self) -> bool {
        self.total < self.limit
    }
}

impl Plugin for Maxer {
    fn on_event(&mut self, event: u32) {
        self.ticks = if self.ticks == 255 { 0 } else { self.ticks + 1 };
        if event > self.max {
            self.max = event;
        }
    }
    fn summary(&self) -> u64 {
        self.max as u64 * 1000 + self.ticks as u64
    }
}

fn dispatch(plugins: &mut [&mut dyn Plugin], event: u32) {
    for p in plugins.iter_mut() {
        if p.enabled() {
            p.on_event(event);
        }
    }
}

fn describe(p: &dyn Plugin) -> (usize, usize) {
    (mem::size_of_val(p), mem::align_of_val(p))
}

fn feed(p: &mut dyn Plugin, events: &[u32]) {
    for &e in events {
        p.on_event(e);
    }
}

fn main() {
    let mut c = Counter { seen: 0 };
    let mut s = Summer { total: 0, limit: 50 };
    let mut m = Maxer { max: 0, ticks: 250 };
    let events = [5, 17, 3, 42, 8, 11];
    {
        let mut plugins: [&mut dyn Plugin; 3] = [&mut c, &mut s, &mut m];
        for &e in events.iter() {
            dispatch(&mut plugins, e);
        }
        for p in plugins.iter() {
            p.banner();
        }
    }
    feed(&mut c, &[1, 2, 3]);
    println!("counter after feed: {}", c.summary());
    let (size, align) = describe(&s);
    println!("summer: size {} align {}", size, align);
    let (size, align) = describe(&m);
    println!("maxer: size {} align {}", size, align);
    let named: &dyn Named = &m;
    println!("named: {}", named.name());
}
