// Processing batches of sensor readings with iterator adapters: flatten over nested
// vectors, Options and Results, fuse, cycle, partition/unzip, map_while, try_fold and
// try_for_each with early exit, the double-ended adapters (rfind, rfold, rposition,
// nth_back, rev over chain/zip/enumerate/skip/take/step_by), and the iter:: constructors.

use std::collections::VecDeque;
use std::iter;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    sensor: u8,
    value: i32,
}

fn parse_batch(line: &str) -> Vec<Result<Reading, String>> {
    line.split(',')
        .map(|field| {
            let (s, v) = field.trim().split_once(':').ok_or_else(|| format!("no colon in {:?}", field.trim()))?;
            let sensor = s.parse::<u8>().map_err(|e| format!("sensor {:?}: {}", s, e))?;
            let value = v.parse::<i32>().map_err(|e| format!("value {:?}: {}", v, e))?;
            Ok(Reading { sensor, value })
        })
        .collect()
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        // Not fused on purpose: it starts again after reporting the end once.
        if self.0 == 0 {
            self.0 = 3;
            None
        } else {
            self.0 -= 1;
            Some(self.0)
        }
    }
}

fn main() {
    let batches = ["1:10, 2:-4, 1:7", "3:x, 2:12", "4:99", "bad, 1:3"];
    let parsed: Vec<Vec<Result<Reading, String>>> = batches.iter().map(|b| parse_batch(b)).collect();
    let all_ok: Vec<Reading> = parsed.iter().flatten().filter_map(|r| r.as_ref().ok()).copied().collect();
    println!("{} good readings: {:?}", all_ok.len(), all_ok.iter().map(|r| r.value).collect::<Vec<_>>());
    let errors: Vec<&String> = parsed.iter().flatten().filter_map(|r| r.as_ref().err()).collect();
    println!("errors: {:?}", errors);
    let first_batch: Result<Vec<Reading>, String> = parse_batch(batches[0]).into_iter().collect();
    let second_batch: Result<Vec<Reading>, String> = parse_batch(batches[1]).into_iter().collect();
    println!("{:?}\n{:?}", first_batch.map(|v| v.len()), second_batch);

    let values: Vec<Option<i32>> = vec![Some(3), None, Some(5), Some(-1)];
    let present: Vec<i32> = values.iter().flatten().cloned().collect();
    let all: Option<Vec<i32>> = values.iter().cloned().collect();
    let total: Option<i32> = values.iter().filter(|v| v.is_some()).cloned().sum();
    let product: Result<i32, String> = vec![Ok(2), Ok(3), Ok(7)].into_iter().product();
    let failed_sum: Result<i32, String> = vec![Ok(1), Err("boom".to_string()), Ok(2)].into_iter().sum();
    println!("{:?} {:?} {:?} {:?} {:?}", present, all, total, product, failed_sum);

    let grid = vec![vec![1, 2, 3], vec![], vec![4, 5]];
    let flat: Vec<i32> = grid.iter().flatten().copied().collect();
    let back: Vec<i32> = grid.iter().flatten().rev().copied().collect();
    let pairs: Vec<(usize, i32)> = grid.iter().flat_map(|row| row.iter().copied().enumerate()).rev().collect();
    println!("{:?} {:?} {:?}", flat, back, pairs);

    let mut c = Countdown(2);
    let raw: Vec<Option<u32>> = (0..5).map(|_| c.next()).collect();
    let mut fused = Countdown(2).fuse();
    let safe: Vec<Option<u32>> = (0..5).map(|_| fused.next()).collect();
    println!("{:?} {:?}", raw, safe);

    let phases: String = ["R", "G", "Y"].iter().cycle().take(8).copied().collect();
    let (evens, odds): (Vec<i32>, Vec<i32>) = flat.iter().partition(|&&x| x % 2 == 0);
    let (ids, vals): (Vec<u8>, VecDeque<i32>) = all_ok.iter().map(|r| (r.sensor, r.value)).unzip();
    println!("{} {:?} {:?} {:?} {:?}", phases, evens, odds, ids, vals);

    let until_negative: Vec<u32> = [4, 9, -2, 7].iter().map_while(|&x: &i32| u32::try_from(x).ok()).collect();
    let capped = all_ok.iter().try_fold(0i32, |acc, r| acc.checked_add(r.value * 10_000_000));
    let under_limit: Result<i32, String> = all_ok.iter().try_fold(0, |acc, r| {
        if acc + r.value > 100 { Err(format!("limit hit at sensor {}", r.sensor)) } else { Ok(acc + r.value) }
    });
    let mut seen = Vec::new();
    let scan_result: Result<(), u8> = all_ok.iter().try_for_each(|r| {
        seen.push(r.sensor);
        if r.value > 50 { Err(r.sensor) } else { Ok(()) }
    });
    println!("{:?} {:?} {:?} {:?} {:?}", until_negative, capped, under_limit, scan_result, seen);

    let data = [3, 8, 1, 8, 5, 2];
    println!(
        "rfind={:?} rfold={} rposition={:?} nth_back={:?} last={:?} position={:?}",
        data.iter().rfind(|&&x| x > 4),
        data.iter().rfold(0, |acc, &x| acc * 10 + x),
        data.iter().rposition(|&x| x == 8),
        data.iter().nth_back(2),
        data.iter().last(),
        data.iter().position(|&x| x == 8)
    );
    let chained: Vec<i32> = data[..2].iter().chain(&data[4..]).rev().copied().collect();
    let zipped: Vec<(i32, char)> = data.iter().copied().zip(['a', 'b', 'c', 'd']).rev().take(3).collect();
    let numbered: Vec<(usize, &i32)> = data.iter().enumerate().rev().skip(1).step_by(2).collect();
    let middle: Vec<&i32> = data.iter().skip(1).take(4).rev().collect();
    let stepped: Vec<u32> = (0..20).step_by(6).rev().collect();
    println!("{:?} {:?} {:?} {:?} {:?}", chained, zipped, numbered, middle, stepped);
    println!("len={} hint={:?}", data.iter().map(|x| x * 2).len(), data.iter().filter(|&&x| x > 2).size_hint());

    let mut state = 1u64;
    let lcg: Vec<u64> = iter::from_fn(|| {
        state = state.wrapping_mul(6364136223846793005) % 1000 + 17;
        if state > 900 { None } else { Some(state) }
    })
    .take(6)
    .collect();
    let powers: Vec<u32> = iter::successors(Some(1u32), |&x| x.checked_mul(7)).take_while(|&x| x < 10_000).collect();
    let mut n = 0;
    let squares: Vec<i32> = iter::repeat_with(|| { n += 1; n * n }).take(5).collect();
    let framed: Vec<&str> = iter::once("[").chain(iter::repeat("-").take(3)).chain(iter::once("]")).collect();
    let nothing: Vec<i32> = iter::empty().collect();
    let labelled: Vec<String> = iter::zip(["a", "b", "c"], 1..).map(|(s, i)| format!("{}{}", s, i)).collect();
    let padded: Vec<char> = "ab".chars().chain(iter::repeat_n('.', 3)).collect();
    println!("{:?} {:?} {:?} {} {:?} {:?} {:?}", lcg, powers, squares, framed.concat(), nothing, labelled, padded);
    let letters: String = ('a'..='e').chain('x'..'z').rev().collect();
    println!("{} {:?} {:?}", letters, ('a'..='e').nth(2), (1..=4).rev().map(|i| i * i).collect::<Vec<u64>>());
}
