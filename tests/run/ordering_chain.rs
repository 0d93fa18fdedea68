// Comparing records by several keys with Ordering::then and reverse, and clamping values.
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Player {
    score: u32,
    level: u8,
    id: u16,
}

fn rank(a: &Player, b: &Player) -> Ordering {
    // Higher score first, then higher level, then lower id.
    b.score.cmp(&a.score).then(b.level.cmp(&a.level)).then(a.id.cmp(&b.id))
}

fn main() {
    let mut players = [
        Player { score: 50, level: 3, id: 7 },
        Player { score: 80, level: 1, id: 2 },
        Player { score: 50, level: 5, id: 9 },
        Player { score: 50, level: 3, id: 1 },
    ];
    let n = players.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if rank(&players[j], &players[j + 1]) == Ordering::Greater {
                players.swap(j, j + 1);
            }
        }
    }
    for p in players.iter() {
        println!("{:?}", p);
    }
    let o = 3u8.cmp(&5);
    println!("{:?} {:?} {} {} {}", o, o.reverse(), o.is_lt(), o.is_ge(), o.is_ne());
    println!("{:?}", Ordering::Equal.then(Ordering::Greater));
    println!("{:?}", "apple".cmp("apricot"));
    println!("{:?}", [1, 2, 3][..].cmp(&[1, 2][..]));
    println!("{:?}", (1, 'b').partial_cmp(&(1, 'a')));
    println!("{:?}", 2.5f64.partial_cmp(&2.5));
    println!("{} {} {}", 17u32.clamp(0, 10), (-3i32).clamp(-2, 2), std::cmp::max(4, 9));
    println!("{}", std::cmp::min("pear", "peach"));
    println!("{}", Some(1) < Some(2) && None < Some(0));
    let r: Result<u8, u8> = Ok(200);
    println!("{}", r < Err(0));
}
