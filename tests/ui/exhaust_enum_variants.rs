// two variants of a local enum are not covered
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn(d: Direction) -> u32 {
    match d { //~ ERROR E0004
        Direction::North => 0,
        Direction::East => 90,
    }
}

fn main() {
    let _ = turn(Direction::South);
    let _ = Direction::West;
}
