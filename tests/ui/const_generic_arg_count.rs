// Wrong numbers of generic arguments where const parameters count (E0107): in types,
// struct literals and calls, too many and too few.
struct Buf<const N: usize> {
    data: [u8; N],
}

struct Pair<T, const N: usize>([T; N]);

fn fill<const N: usize>(v: u8) -> [u8; N] {
    [v; N]
}

fn len_of(b: Buf) -> usize { //~ ERROR E0107
    b.data.len()
}

fn main() {
    let a: Buf<3, 4> = Buf { data: [0; 3] }; //~ ERROR E0107
    let b: Pair<u8> = Pair([1]); //~ ERROR E0107
    let c = Buf::<3, 4> { data: [0; 3] }; //~ ERROR E0107
    let d = fill::<2, 3>(7); //~ ERROR E0107
    println!("{} {} {} {:?}", a.data.len(), b.0.len(), c.data.len(), d);
}
