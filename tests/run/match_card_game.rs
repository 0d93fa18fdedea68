// Scoring poker-like hands of five sorted ranks with slice patterns: fixed-length patterns,
// `..` in the middle, `rest @ ..` bindings and or-patterns inside slices.

#[derive(Clone, Copy)]
enum Hand {
    FourOfAKind(u8),
    FullHouse(u8, u8),
    Straight(u8),
    ThreeOfAKind(u8),
    TwoPair(u8, u8),
    Pair(u8),
    HighCard(u8),
}

fn sort(mut cards: [u8; 5]) -> [u8; 5] {
    let mut i = 1;
    while i < cards.len() {
        let mut j = i;
        while j > 0 && cards[j - 1] > cards[j] {
            let t = cards[j];
            cards[j] = cards[j - 1];
            cards[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    cards
}

fn is_run(cards: &[u8]) -> bool {
    match cards {
        [] | [_] => true,
        [a, b, ..] if *b != *a + 1 => false,
        [_, rest @ ..] => is_run(rest),
    }
}

fn classify(hand: [u8; 5]) -> Hand {
    let c = sort(hand);
    match c {
        [a, b, c2, d, _] if a == b && b == c2 && c2 == d => Hand::FourOfAKind(a),
        [_, b, c2, d, e] if b == c2 && c2 == d && d == e => Hand::FourOfAKind(b),
        [a, b, c2, d, e] if a == b && b == c2 && d == e => Hand::FullHouse(a, d),
        [a, b, c2, d, e] if a == b && c2 == d && d == e => Hand::FullHouse(c2, a),
        [.., top] if is_run(&c) => Hand::Straight(top),
        [a, b, c2, ..] if a == b && b == c2 => Hand::ThreeOfAKind(a),
        [_, b, c2, d, _] if b == c2 && c2 == d => Hand::ThreeOfAKind(b),
        [.., c2, d, e] if c2 == d && d == e => Hand::ThreeOfAKind(c2),
        [a, b, c2, d, _] | [a, b, _, c2, d] | [_, a, b, c2, d] if a == b && c2 == d => Hand::TwoPair(d, b),
        [a, b, ..] | [_, a, b, ..] | [.., a, b, _] | [.., a, b] if a == b => Hand::Pair(a),
        [.., high] => Hand::HighCard(high),
    }
}

fn score(h: Hand) -> u32 {
    match h {
        Hand::FourOfAKind(r) => 700 + r as u32,
        Hand::FullHouse(t, p) => 600 + t as u32 * 2 + p as u32,
        Hand::Straight(top) => 500 + top as u32,
        Hand::ThreeOfAKind(r) => 400 + r as u32,
        Hand::TwoPair(hi, lo) => 300 + hi as u32 * 2 + lo as u32,
        Hand::Pair(r) => 200 + r as u32,
        Hand::HighCard(r) => 100 + r as u32,
    }
}

fn name(h: Hand) -> &'static str {
    match h {
        Hand::FourOfAKind(_) => "four of a kind",
        Hand::FullHouse(..) => "full house",
        Hand::Straight(_) => "straight",
        Hand::ThreeOfAKind(_) => "three of a kind",
        Hand::TwoPair(..) => "two pair",
        Hand::Pair(_) => "pair",
        Hand::HighCard(_) => "high card",
    }
}

fn main() {
    let hands = [
        [9, 9, 9, 2, 9],
        [3, 13, 3, 13, 13],
        [6, 4, 5, 7, 8],
        [11, 2, 11, 11, 5],
        [4, 12, 12, 4, 9],
        [10, 3, 14, 3, 7],
        [2, 5, 9, 11, 13],
    ];
    let mut best = 0;
    let mut best_at = 0;
    for i in 0..hands.len() {
        let k = classify(hands[i]);
        let s = score(k);
        println!("hand {}: {} (score {})", i, name(k), s);
        if s > best {
            best = s;
            best_at = i;
        }
    }
    println!("winner: hand {} with {}", best_at, best);
    let table = [[1u8, 2], [3, 4], [5, 6]];
    match table {
        [[a, _], .., [_, z]] => println!("corners {} {}", a, z),
    }
}
