// {:?} escapes by UTF-8 length: 2-, 3- and 4-byte chars that are unassigned, format, private-use, separators or Grapheme_Extend, next to printable ones and ASCII escapes
fn main() {
    println!("{:?}", "\u{85}next line \u{378}unassigned \u{34f}cgj \u{3a9}mega");
    println!("{:?}", "\u{feff}bom \u{3000}ideographic \u{2003}em \u{2029}para");
    println!("{:?}", "\u{200d}zwj \u{200c}zwnj \u{fe0f}vs16 \u{ffff}nonchar");
    println!("{:?}", "\u{e0001}tag \u{f0000}plane15 \u{10ffff}last \u{1f3fb}tone");
    println!("{:?}", "\u{20000}cjk-b \u{1d400}math \u{1f1fa}\u{1f1f8}flags");
    println!("{:?}", "\u{301}\u{302}\u{303}");
    println!("{:?}", "नमस्ते हिन्दी");
    println!("{:?}", "한국어 العربية Ελληνικά");
    println!("{:?}", "🦀\u{fe0f}\t\"q\"\\\u{7f}\u{1b}\0é");
    println!("{:?}", "\u{a0}");
    println!("{:?} {:?}", "\u{ad}", "");
    println!("{}", "\u{301}\u{200b} shown raw");
}
