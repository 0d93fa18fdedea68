// A bounded event log in a VecDeque ring: the ring seen as two slices after wrapping,
// range/drain/split_off/append, binary search over timestamps, runs of equal levels with
// chunk_by, messages shown escaped (escape_default/escape_debug/escape_unicode), and range
// checks on floats and chars with contains/is_empty.

use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone)]
struct Event {
    at: u32,
    level: Level,
    msg: String,
}

struct Log {
    ring: VecDeque<Event>,
    cap: usize,
    dropped: usize,
}

impl Log {
    fn new(cap: usize) -> Log {
        Log { ring: VecDeque::with_capacity(cap), cap, dropped: 0 }
    }

    fn push(&mut self, at: u32, level: Level, msg: &str) {
        if self.ring.len() == self.cap {
            self.ring.pop_front();
            self.dropped += 1;
        }
        self.ring.push_back(Event { at, level, msg: msg.to_string() });
    }

    fn since(&self, t: u32) -> impl Iterator<Item = &Event> {
        let start = self.ring.partition_point(|e| e.at < t);
        self.ring.range(start..)
    }
}

fn classify(temp: f64) -> &'static str {
    if (-40.0..0.0).contains(&temp) {
        "freezing"
    } else if (0.0..=25.0).contains(&temp) {
        "mild"
    } else if (25.0..).contains(&temp) {
        "hot"
    } else {
        "off-scale"
    }
}

fn main() {
    let mut log = Log::new(5);
    let events = [
        (10, Level::Info, "boot"),
        (12, Level::Info, "net up"),
        (15, Level::Warn, "disk 91%"),
        (16, Level::Warn, "disk 95%"),
        (20, Level::Error, "write failed:\t\"/var/log\""),
        (21, Level::Error, "retry\n"),
        (30, Level::Info, "recovered ✓"),
    ];
    for (at, level, msg) in events {
        log.push(at, level, msg);
    }
    let (a, b) = log.ring.as_slices();
    println!("dropped {}, slices {} + {} = {}", log.dropped, a.len(), b.len(), log.ring.len());
    for e in &log.ring {
        println!("{:>3} {:<5} default={} debug={}", e.at, format!("{:?}", e.level), e.msg.escape_default(), e.msg.escape_debug());
    }
    println!("since 16: {:?}", log.since(16).map(|e| e.at).collect::<Vec<_>>());
    println!("search 20: {:?}, 17: {:?}", log.ring.binary_search_by_key(&20, |e| e.at), log.ring.binary_search_by_key(&17, |e| e.at));

    let levels: Vec<Level> = log.ring.iter().map(|e| e.level).collect();
    let runs: Vec<(Level, usize)> = levels.chunk_by(|x, y| x == y).map(|run| (run[0], run.len())).collect();
    let last_run = levels.chunk_by(|x, y| x == y).next_back().map(|r| r.len());
    println!("runs {:?}, last run {:?}", runs, last_run);

    let errors: Vec<Event> = log.ring.drain(2..4).collect();
    println!("drained {:?}, left {:?}", errors.iter().map(|e| &e.msg).collect::<Vec<_>>(), log.ring.iter().map(|e| e.at).collect::<Vec<_>>());
    let mut newer = log.ring.split_off(1);
    newer.push_front(Event { at: 5, level: Level::Info, msg: "replayed".into() });
    log.ring.append(&mut newer);
    log.ring.make_contiguous().sort_by_key(|e| e.at);
    println!("{:?} newer empty={}", log.ring.iter().map(|e| (e.at, e.level)).collect::<Vec<_>>(), newer.is_empty());
    log.ring.retain_mut(|e| {
        e.msg.make_ascii_uppercase();
        e.level != Level::Error
    });
    let removed = log.ring.swap_remove_back(0).map(|e| e.msg);
    println!("{:?} {:?}", removed, log.ring.iter().map(|e| e.msg.as_str()).collect::<Vec<_>>());

    let mut window: VecDeque<u32> = VecDeque::new();
    window.resize(3, 0);
    window.extend(&[4, 5]);
    window.rotate_left(2);
    println!("{:?} {} {}", window, window == vec![0, 4, 5, 0, 0], window == [0, 4, 5, 0, 0]);

    for t in [-50.0, -3.5, 0.0, 25.0, 31.2] {
        print!("{}={} ", t, classify(t));
    }
    println!();
    println!(
        "{} {} {} {} {} {}",
        ('a'..='z').contains(&'q'),
        ('a'..'z').contains(&'z'),
        (..=10).contains(&10),
        (5..5).is_empty(),
        (1.0..f64::NAN).is_empty(),
        (3..=2).is_empty()
    );
    let heart = '♥';
    println!("{} {} {} {:?} {}", heart.escape_unicode(), '\''.escape_default(), 'é'.escape_default(), '\u{7f}'.escape_debug().collect::<String>(), "tab\tq\"".escape_unicode().count());
}
