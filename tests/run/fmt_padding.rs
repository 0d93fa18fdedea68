// text layout: custom fill characters, alignment, and precision that truncates strings
fn banner(title: &str, width: usize, fill: char) {
    // the fill of a format spec is fixed in the template, so pick one per character
    if fill == '*' {
        println!("{:*^1$}", title, width);
    } else if fill == '~' {
        println!("{:~^1$}", title, width);
    } else {
        println!("{:─^1$}", title, width);
    }
}

fn ellipsize(s: &str, max: usize) {
    // a precision counts characters, not bytes
    println!("[{0:.1$}…] [{0:>2$.1$}]", s, max, max + 3);
}

fn main() {
    banner(" menu ", 20, '*');
    banner(" größe ", 21, '~');
    banner("", 10, '─');
    banner("longer than the width", 8, '*');
    let words = ["apple", "kiwi", "fig", "watermelon", "ñandú", "東京"];
    let mut i = 0;
    while i < 6 {
        let w = words[i];
        println!("<{:<12}> <{:>12}> <{:^12}> <{:.>12}> <{:#<12}> <{:_^11}>", w, w, w, w, w, w);
        i += 1;
    }
    i = 0;
    while i < 6 {
        ellipsize(words[i], 3);
        i += 1;
    }
    println!("[{:.0}] [{:.2}] [{:.10}] [{:5.1}] [{:<5.1}] [{:^5.3}]", "abc", "abc", "abc", "abc", "abc", "abcdef");
    println!("[{:5}] [{:>5}] [{:^5}] [{:$<5}] [{:5.1}]", true, false, true, false, true);
    println!("[{:3}] [{:>3}] [{:^3}] [{:é<3}] [{:.0}] [{:2.1}]", 'a', 'b', 'c', 'd', 'e', 'f');
    println!("[{:>8?}] [{:<8?}] [{:^8?}]", (), (), ());
    // fills are single characters of any width in UTF-8
    println!("[{:😀^9}] [{:\u{3000}<4}] [{:ö>3}]", "mid", "全", 'x');
    // numbers take fills too; the default alignment is to the right
    println!("[{:*<6}] [{:*^6}] [{:*>6}] [{:6}] [{:<6}]", 42, 42, 42, -42, -42);
}
