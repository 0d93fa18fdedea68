// Sorting a small array with a comparator closure, written by hand (insertion sort and a
// selection of the best element), with comparators that capture settings.

struct Player {
    id: u32,
    score: i32,
    level: u8,
}

impl Clone for Player {
    fn clone(&self) -> Player {
        *self
    }
}

impl Copy for Player {}

fn distance(a: i32, b: i32) -> i32 {
    if a > b { a - b } else { b - a }
}

fn insertion_sort<T: Copy, F>(items: &mut [T], mut less: F)
where
    F: FnMut(&T, &T) -> bool,
{
    let mut i = 1;
    while i < items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            let tmp = items[j];
            items[j] = items[j - 1];
            items[j - 1] = tmp;
            j -= 1;
        }
        i += 1;
    }
}

fn best_by<T: Copy>(items: &[T], better: impl Fn(&T, &T) -> bool) -> Option<T> {
    if items.len() == 0 {
        return None;
    }
    let mut best = items[0];
    let mut i = 1;
    while i < items.len() {
        if better(&items[i], &best) {
            best = items[i];
        }
        i += 1;
    }
    Some(best)
}

fn print_players(label: &str, players: &[Player]) {
    println!("{}:", label);
    let mut i = 0;
    while i < players.len() {
        let p = players[i];
        println!("  #{} score={} level={}", p.id, p.score, p.level);
        i += 1;
    }
}

fn main() {
    let mut numbers = [42, -7, 19, 0, 88, 3, -50, 19];
    insertion_sort(&mut numbers, |a, b| *a < *b);
    println!("ascending: {} {} {} {} {} {} {} {}", numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6], numbers[7]);

    let descending = true;
    insertion_sort(&mut numbers, |a, b| if descending { *a > *b } else { *a < *b });
    println!("descending: {} {} {} {} {} {} {} {}", numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6], numbers[7]);

    let mut comparisons = 0;
    let mut by_distance = [15, 3, 9, 12, 6];
    let target = 10;
    insertion_sort(&mut by_distance, |a: &i32, b: &i32| {
        comparisons += 1;
        distance(*a, target) < distance(*b, target)
    });
    println!("closest to {}: {} {} {} {} {} ({} comparisons)", target, by_distance[0], by_distance[1], by_distance[2], by_distance[3], by_distance[4], comparisons);

    let mut players = [
        Player { id: 1, score: 300, level: 4 },
        Player { id: 2, score: 120, level: 9 },
        Player { id: 3, score: 300, level: 2 },
        Player { id: 4, score: 75, level: 9 },
    ];
    insertion_sort(&mut players, |a, b| a.score > b.score || (a.score == b.score && a.level < b.level));
    print_players("by score, then level", &players);
    insertion_sort(&mut players, |a, b| a.level > b.level);
    print_players("by level (stable)", &players);

    let min_level = 3;
    match best_by(&players, |a, b| a.level >= min_level && (b.level < min_level || a.score < b.score)) {
        Some(p) => println!("lowest score at level >= {}: #{}", min_level, p.id),
        None => println!("no players"),
    }
    let empty: [Player; 0] = [];
    match best_by(&empty, |a, b| a.score > b.score) {
        Some(p) => println!("best: #{}", p.id),
        None => println!("no players"),
    }
}
