// Arrays whose lengths differ, with const generic lengths: rustc names both sizes, and for a
// let annotation suggests the length the initializer has.
struct Buf<const N: usize> {
    data: [u8; N],
}

fn takes<const N: usize>(a: [u8; N]) -> usize {
    a.len()
}

fn zeroed<const N: usize>() -> [u8; N] {
    [0; 3] //~ ERROR E0308
}

fn main() {
    let header: [u8; 3] = [1, 2, 3, 4]; //~ ERROR E0308
    let buf: Buf<2> = Buf { data: [1, 2, 3] }; //~ ERROR E0308
    let n = takes::<3>([1, 2]); //~ ERROR E0308
    let grid: [[u8; 2]; 1] = [[1, 2, 3]]; //~ ERROR E0308
    println!("{:?} {} {} {:?}", header, buf.data.len(), n, grid);
}
