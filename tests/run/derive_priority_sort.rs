// Sorting tasks by derived Ord: the enum's variant order, then the struct's fields in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Normal,
    High,
    Critical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: Priority,
    due_day: u32,
    id: u32,
}

fn sort(tasks: &mut [Task]) {
    // Insertion sort: stable, and enough for a handful of tasks.
    let mut i = 1;
    while i < tasks.len() {
        let mut j = i;
        while j > 0 && tasks[j - 1] > tasks[j] {
            tasks.swap(j - 1, j);
            j -= 1;
        }
        i += 1;
    }
}

fn main() {
    let mut tasks = [
        Task { priority: Priority::Normal, due_day: 3, id: 1 },
        Task { priority: Priority::Critical, due_day: 9, id: 2 },
        Task { priority: Priority::Low, due_day: 1, id: 3 },
        Task { priority: Priority::Normal, due_day: 2, id: 4 },
        Task { priority: Priority::Critical, due_day: 9, id: 0 },
        Task { priority: Priority::High, due_day: 5, id: 5 },
    ];
    sort(&mut tasks);
    for t in tasks.iter() {
        println!("{:?}", t);
    }
    println!("most urgent: {:?}", tasks[tasks.len() - 1].priority);
    println!("{:?}", Priority::Low.cmp(&Priority::High));
    println!("{:?}", Priority::High.max(Priority::Normal));
    println!("{:?}", Priority::Critical.min(Priority::Low));
    println!("{}", Priority::Normal >= Priority::Normal);
    println!("{:?}", tasks[0].partial_cmp(&tasks[1]));
}
