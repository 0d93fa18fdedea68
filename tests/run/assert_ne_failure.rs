// assert_ne! without a message, after output on stdout: exit code 101.
fn checksum(data: &[u8; 4]) -> u8 {
    let mut sum: u32 = 0;
    let mut i = 0;
    while i < 4 {
        sum = (sum + data[i] as u32) % 256;
        i += 1;
    }
    sum as u8
}

fn main() {
    let a = [1u8, 2, 3, 4];
    let b = [4u8, 3, 2, 1];
    println!("checksums: {} {}", checksum(&a), checksum(&b));
    assert_eq!(checksum(&a), 10);
    assert_ne!(checksum(&a), checksum(&b));
}
