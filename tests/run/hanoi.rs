// Towers of Hanoi: recursive moves printed for 3 disks, counted for 20 disks (about 10^6 calls)
fn hanoi(n: u32, from: u32, to: u32, via: u32, print: bool) -> u64 {
    if n == 0 {
        return 0;
    }
    let mut moves = hanoi(n - 1, from, via, to, print);
    if print {
        println!("move disk {} from {} to {}", n, from, to);
    }
    moves += 1;
    moves + hanoi(n - 1, via, to, from, print)
}

fn main() {
    let m = hanoi(3, 1, 3, 2, true);
    println!("3 disks: {} moves", m);
    let m = hanoi(20, 1, 3, 2, false);
    println!("20 disks: {} moves", m);
}
