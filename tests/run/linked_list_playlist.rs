// A music player's queue on a LinkedList: songs are queued at either end, "play next"
// pushes to the front, the queue is cut in two at the current position and spliced back
// together with append, and the history keeps the last few songs by popping the oldest.
use std::collections::LinkedList;

#[derive(Debug, Clone, PartialEq)]
struct Song {
    title: String,
    secs: u32,
}

fn song(title: &str, secs: u32) -> Song {
    Song { title: title.to_string(), secs }
}

fn total(list: &LinkedList<Song>) -> u32 {
    list.iter().map(|s| s.secs).sum()
}

fn titles(list: &LinkedList<Song>) -> String {
    let mut out = String::new();
    for s in list {
        if !out.is_empty() {
            out.push_str(" | ");
        }
        out.push_str(&s.title);
    }
    out
}

fn main() {
    let mut queue: LinkedList<Song> = LinkedList::new();
    queue.push_back(song("Intro", 65));
    queue.push_back(song("Blue Hour", 242));
    queue.push_back(song("Static", 198));
    queue.push_front(song("Warmup", 30));
    queue.extend(vec![song("Lanterns", 305), song("Tides", 221)]);
    println!("{} songs, {}s: {}", queue.len(), total(&queue), titles(&queue));
    println!("front {:?}", queue.front().map(|s| &s.title));
    println!("back {:?}", queue.back().map(|s| &s.title));

    // Everything after the third song moves to a second queue; a request is slotted in.
    let mut later = queue.split_off(3);
    println!("now: {} / later: {}", titles(&queue), titles(&later));
    later.push_front(song("Request: Comet", 180));
    queue.append(&mut later);
    println!("rejoined {} (later empty: {})", titles(&queue), later.is_empty());

    // Shorten long songs in place (radio edit).
    for s in queue.iter_mut() {
        if s.secs > 240 {
            s.secs = 240;
            s.title.push_str(" (edit)");
        }
    }
    if let Some(last) = queue.back_mut() {
        last.secs += 10;
    }
    println!("after edits {}s", total(&queue));
    let reversed: Vec<&str> = queue.iter().rev().map(|s| s.title.as_str()).collect();
    println!("reversed: {:?}", reversed);

    // Play through, keeping a history of the last three.
    let mut history: LinkedList<String> = LinkedList::new();
    let mut clock = 0;
    while let Some(s) = queue.pop_front() {
        clock += s.secs;
        history.push_back(s.title);
        if history.len() > 3 {
            history.pop_front();
        }
        if clock > 600 && queue.len() > 1 {
            let skipped = queue.pop_back().unwrap();
            println!("t={} skipping {}", clock, skipped.title);
        }
    }
    println!("played for {}s, history {:?}", clock, history);
    println!("history has Tides: {}, Intro: {}", history.contains(&"Tides".to_string()), history.contains(&"Intro".to_string()));

    let numbers: LinkedList<i32> = (1..=6).collect();
    let copy = numbers.clone();
    let doubled: LinkedList<i32> = numbers.into_iter().map(|x| x * 2).collect();
    println!("{:?} -> {:?}, equal {} less {}", copy, doubled, copy == doubled, copy < doubled);
    let mut ends = doubled.into_iter();
    println!("ends {:?} {:?}, {} left", ends.next(), ends.next_back(), ends.len());
    let mut empty: LinkedList<u8> = LinkedList::new();
    println!("{:?} {:?} {:?}", empty.pop_front(), empty.pop_back(), empty);
    empty.push_back(1);
    let rest = empty.split_off(0);
    println!("{:?} {:?}", empty, rest);
}
