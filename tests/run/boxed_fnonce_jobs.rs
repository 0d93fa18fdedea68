// Box<dyn FnOnce(..) -> R>: a job queue of boxed one-shot closures that consume what they
// captured, completion callbacks taken out of an Option and called once, boxed closures
// passed where an `F: FnOnce`/`FnMut`/`Fn` is expected, and drops of captured values
// (once, after the call that consumed them or with a job never run).
use std::collections::VecDeque;

struct Resource {
    name: String,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("  release {}", self.name);
    }
}

type Job = Box<dyn FnOnce(&mut Vec<String>) -> usize>;

struct Scheduler {
    queue: VecDeque<Job>,
    on_done: Option<Box<dyn FnOnce(usize) -> String>>,
}

impl Scheduler {
    fn new() -> Scheduler {
        Scheduler { queue: VecDeque::new(), on_done: None }
    }

    fn submit(&mut self, job: Job) {
        self.queue.push_back(job);
    }

    fn run(&mut self, log: &mut Vec<String>) -> usize {
        let mut total = 0;
        while let Some(job) = self.queue.pop_front() {
            total += job(log);
        }
        match self.on_done.take() {
            Some(done) => log.push(done(total)),
            None => log.push(String::from("no callback")),
        }
        total
    }
}

fn run_once<F: FnOnce() -> u32>(f: F) -> u32 {
    f()
}

fn run_twice<F: FnMut() -> u32>(mut f: F) -> u32 {
    f() + f()
}

fn apply_to<F: Fn(i32) -> i32>(f: F, xs: &[i32]) -> Vec<i32> {
    xs.iter().map(|&x| f(x)).collect()
}

fn make_greeter(greeting: String) -> Box<dyn FnOnce(&str) -> String> {
    Box::new(move |name| greeting + ", " + name + "!")
}

fn main() {
    let mut sched = Scheduler::new();
    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    sched.submit(Box::new(move |log: &mut Vec<String>| {
        let n = words.len();
        for w in words {
            log.push(w.to_uppercase());
        }
        n
    }));
    let res = Resource { name: String::from("db") };
    sched.submit(Box::new(move |log: &mut Vec<String>| {
        log.push(format!("using {}", res.name));
        10
    }));
    let greeting = make_greeter(String::from("Hello"));
    sched.submit(Box::new(move |log: &mut Vec<String>| {
        log.push(greeting("world"));
        1
    }));
    sched.on_done = Some(Box::new(|total| format!("done, total {}", total)));
    println!("queued {} jobs", sched.queue.len());
    let mut log = Vec::new();
    let total = sched.run(&mut log);
    for line in &log {
        println!("{}", line);
    }
    println!("total = {}", total);

    // A vector of one-shot tasks consumed in order.
    let mut tasks: Vec<Box<dyn FnOnce() -> u32>> = Vec::new();
    for i in 1..=4u32 {
        let label = format!("task{}", i);
        tasks.push(Box::new(move || {
            println!("running {}", label);
            i * i
        }));
    }
    let results: Vec<u32> = tasks.into_iter().map(|t| t()).collect();
    println!("results {:?}", results);

    // Boxed closures where generic Fn-family bounds are expected.
    let seed = String::from("seed");
    let once: Box<dyn FnOnce() -> u32> = Box::new(move || seed.len() as u32);
    println!("run_once = {}", run_once(once));
    let mut count = 0;
    let counter: Box<dyn FnMut() -> u32> = Box::new(move || {
        count += 3;
        count
    });
    println!("run_twice = {}", run_twice(counter));
    let offset = 7;
    let shift: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + offset);
    println!("apply_to = {:?}", apply_to(shift, &[1, 2, 3]));

    // A job that is dropped without running releases what it captured.
    let unused = Resource { name: String::from("cache") };
    let never_run: Job = Box::new(move |_log: &mut Vec<String>| {
        println!("never {}", unused.name);
        0
    });
    println!("dropping an unrun job");
    drop(never_run);
    println!("end");
}
