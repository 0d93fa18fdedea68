// A round-robin task scheduler on a VecDeque: tasks run for a time slice and go to the
// back of the queue until done; urgent tasks jump to the front; a sliding window of the
// last finish times is kept with push_back/pop_front.
use std::collections::VecDeque;

#[derive(Debug, Clone, PartialEq)]
struct Task {
    name: String,
    remaining: u32,
}

fn main() {
    let mut queue: VecDeque<Task> = VecDeque::new();
    for (name, work) in [("compile", 7), ("test", 4), ("lint", 2), ("docs", 5)].iter() {
        queue.push_back(Task { name: name.to_string(), remaining: *work });
    }
    let slice = 3;
    let mut clock = 0;
    let mut window: VecDeque<u32> = VecDeque::with_capacity(3);
    let mut finished: Vec<String> = Vec::new();
    let mut round = 0;
    while let Some(mut task) = queue.pop_front() {
        round += 1;
        let ran = if task.remaining < slice { task.remaining } else { slice };
        clock += ran;
        task.remaining -= ran;
        if round == 2 {
            queue.push_front(Task { name: "hotfix".to_string(), remaining: 1 });
        }
        if task.remaining == 0 {
            println!("t={:>2} {} done", clock, task.name);
            finished.push(task.name.clone());
            if window.len() == 3 {
                window.pop_front();
            }
            window.push_back(clock);
        } else {
            println!("t={:>2} {} ({} left)", clock, task.name, task.remaining);
            queue.push_back(task);
        }
        let names: Vec<&str> = queue.iter().map(|t| t.name.as_str()).collect();
        println!("      queue: {:?}", names);
    }
    println!("finished: {}", finished.join(", "));
    println!("last finish times: {:?}", window);
    let avg: u32 = window.iter().sum::<u32>() / window.len() as u32;
    println!("average of window: {}", avg);

    let mut ring: VecDeque<i32> = (1..=8).collect();
    ring.rotate_left(3);
    println!("rotated: {:?}", ring);
    ring.rotate_right(5);
    println!("back again: {:?} front={:?} back={:?}", ring, ring.front(), ring.back());
    ring.retain(|x| x % 2 == 0);
    ring.insert(1, 100);
    println!("evens with 100: {:?}, [1]={}, contains 6: {}", ring, ring[1], ring.contains(&6));
    let rev: Vec<i32> = ring.iter().rev().cloned().collect();
    println!("reversed: {:?}", rev);
    let v: Vec<i32> = Vec::from(ring.clone());
    println!("as vec: {:?}, equal after clone: {}", v, ring.clone() == ring);
}
