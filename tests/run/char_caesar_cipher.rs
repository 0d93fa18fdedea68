// A Caesar cipher and a ROT13 over ASCII letters (other chars kept), a frequency-based
// cracker, and a classifier that counts the kinds of characters in a text.

fn shift_char(c: char, shift: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + shift) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + shift) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(text: &str, shift: u8, out: &mut [char; 128]) -> usize {
    let mut n = 0;
    for c in text.chars() {
        out[n] = shift_char(c, shift % 26);
        n += 1;
    }
    n
}

fn print_chars(buf: &[char; 128], n: usize) {
    for i in 0..n {
        print!("{}", buf[i]);
    }
    println!();
}

/// The shift that makes 'e' the most frequent letter.
fn crack(cipher: &[char; 128], n: usize) -> u8 {
    let mut counts = [0u32; 26];
    for i in 0..n {
        let c = cipher[i].to_ascii_lowercase();
        if c.is_ascii_lowercase() {
            counts[(c as u8 - b'a') as usize] += 1;
        }
    }
    let mut best = 0;
    for i in 1..26 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    ((best as u8 + 26 - (b'e' - b'a')) % 26) as u8
}

fn classify(text: &str) {
    let (mut letters, mut digits, mut spaces, mut upper, mut lower, mut punct, mut other) = (0, 0, 0, 0, 0, 0, 0);
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        } else if c.is_numeric() {
            digits += 1;
        } else if c.is_whitespace() {
            spaces += 1;
        } else if c.is_ascii_punctuation() {
            punct += 1;
        } else {
            other += 1;
        }
    }
    println!("{:?}", text);
    println!("  letters {} (upper {}, lower {}), digits {}, whitespace {}, punctuation {}, other {}", letters, upper, lower, digits, spaces, punct, other);
}

fn main() {
    let plain = "Meet me at the Old Bridge at 7pm, bring the secret files!";
    let mut buf = ['\0'; 128];
    let n = encrypt(plain, 3, &mut buf);
    print!("shift 3:  ");
    print_chars(&buf, n);
    let mut back = ['\0'; 128];
    let mut text = [0u8; 128];
    for i in 0..n {
        back[i] = shift_char(buf[i], 23);
        text[i] = back[i] as u8;
    }
    print!("decoded:  ");
    print_chars(&back, n);
    let guess = crack(&buf, n);
    println!("cracked shift: {}", guess);
    let n13 = encrypt("Why did the chicken cross the road?", 13, &mut buf);
    print!("rot13:    ");
    print_chars(&buf, n13);
    let samples = ['a', 'Z', '7', 'é', 'Ω', '中', '٣', ' ', '\t', '?', '€'];
    for i in 0..samples.len() {
        let c = samples[i];
        println!("{:?}: alphabetic {:5} numeric {:5} upper {} -> {} lower -> {} digit {:?}", c, c.is_alphabetic(), c.is_numeric(), c.is_uppercase(), c.to_uppercase(), c.to_lowercase(), c.to_digit(10));
    }
    classify(plain);
    classify("Ünïcödé text: ÄÖÜ äöü ß, 12 345 — ½ ⅔ Ⅻ!");
    println!("{}", 'ß'.to_uppercase());
    println!("{:?} {:?} {:?}", char::from_digit(7, 10), char::from_u32(0x1F980), std::char::from_u32(0xD800));
    let _ = text;
}
