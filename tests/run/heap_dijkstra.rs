// Shortest paths on a small road network with Dijkstra's algorithm: a BinaryHeap of
// Reverse((distance, node)) is the min-priority queue, stale entries are skipped, and the
// paths are rebuilt from the predecessor table. A second run uses a State type whose Ord
// is flipped by hand, the way the std documentation does it.
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(names: &[&'static str]) -> Graph {
        Graph { names: names.to_vec(), adj: vec![Vec::new(); names.len()] }
    }

    fn road(&mut self, a: usize, b: usize, km: u32) {
        self.adj[a].push((b, km));
        self.adj[b].push((a, km));
    }

    fn dijkstra(&self, src: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>, usize) {
        let n = self.names.len();
        let mut dist: Vec<Option<u32>> = vec![None; n];
        let mut prev: Vec<Option<usize>> = vec![None; n];
        let mut heap = BinaryHeap::new();
        let mut pops = 0;
        dist[src] = Some(0);
        heap.push(Reverse((0u32, src)));
        while let Some(Reverse((d, u))) = heap.pop() {
            pops += 1;
            if let Some(best) = dist[u] {
                if d > best {
                    continue;
                }
            }
            for &(v, w) in &self.adj[u] {
                let nd = d + w;
                let better = match dist[v] {
                    None => true,
                    Some(old) => nd < old,
                };
                if better {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        (dist, prev, pops)
    }

    fn path(&self, prev: &[Option<usize>], to: usize) -> String {
        let mut nodes = vec![to];
        let mut at = to;
        while let Some(p) = prev[at] {
            nodes.push(p);
            at = p;
        }
        nodes.reverse();
        let names: Vec<&str> = nodes.iter().map(|&i| self.names[i]).collect();
        names.join(" -> ")
    }
}

#[derive(Copy, Clone, Eq, PartialEq, Debug)]
struct State {
    cost: u32,
    node: usize,
}

impl Ord for State {
    fn cmp(&self, other: &State) -> Ordering {
        other.cost.cmp(&self.cost).then(self.node.cmp(&other.node))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &State) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn cheapest(g: &Graph, src: usize, dst: usize) -> Option<u32> {
    let mut dist = vec![u32::MAX; g.names.len()];
    let mut heap = BinaryHeap::new();
    dist[src] = 0;
    heap.push(State { cost: 0, node: src });
    while let Some(State { cost, node }) = heap.pop() {
        if node == dst {
            return Some(cost);
        }
        if cost > dist[node] {
            continue;
        }
        for &(next, w) in &g.adj[node] {
            let s = State { cost: cost + w, node: next };
            if s.cost < dist[next] {
                heap.push(s);
                dist[next] = s.cost;
            }
        }
    }
    None
}

fn main() {
    let mut g = Graph::new(&["Aix", "Bern", "Como", "Dijon", "Evian", "Fribourg", "Geneva", "Hyeres", "Island"]);
    g.road(0, 2, 7);
    g.road(0, 3, 9);
    g.road(0, 7, 14);
    g.road(2, 3, 10);
    g.road(2, 4, 15);
    g.road(3, 4, 11);
    g.road(3, 7, 2);
    g.road(4, 5, 6);
    g.road(5, 7, 9);
    g.road(1, 5, 3);
    g.road(1, 6, 16);
    g.road(5, 6, 20);

    let (dist, prev, pops) = g.dijkstra(0);
    println!("from {} ({} heap pops):", g.names[0], pops);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("  {:<9}{:>4} km  {}", g.names[i], d, g.path(&prev, i)),
            None => println!("  {:<9} unreachable", g.names[i]),
        }
    }

    let mut by_distance: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (i, d) in dist.iter().enumerate() {
        if let Some(d) = d {
            by_distance.entry(*d).or_default().push(g.names[i]);
        }
    }
    println!("rings: {:?}", by_distance);
    let near: Vec<&&str> = by_distance.range(..=15).flat_map(|(_, v)| v.iter()).collect();
    println!("within 15 km: {:?}", near);

    for &(a, b) in [(0usize, 6usize), (6, 0), (2, 1), (0, 8)].iter() {
        println!("cheapest {} -> {}: {:?}", g.names[a], g.names[b], cheapest(&g, a, b));
    }

    // The heap's internal order after a fixed sequence of pushes, as Rust lays it out.
    let mut h = BinaryHeap::new();
    for (i, d) in [9u32, 4, 7, 1, 8, 2, 6, 3, 5, 0].iter().enumerate() {
        h.push(Reverse((*d, i)));
    }
    println!("{:?}", h);
    println!("peek {:?} len {}", h.peek(), h.len());
    let mut order = Vec::new();
    while let Some(Reverse((d, _))) = h.pop() {
        order.push(d);
    }
    println!("popped {:?}", order);
}
