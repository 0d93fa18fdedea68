// Malformed definitions: unknown fragment specifier, duplicate binding, empty repetition
macro_rules! unknown_frag {
    ($x:number) => { $x }; //~ ERROR invalid fragment specifier `number`
}

macro_rules! dup {
    ($a:ident, $a:expr) => {}; //~ ERROR duplicate matcher binding
}

macro_rules! empty_rep {
    ($()*) => {}; //~ ERROR repetition matches empty token tree
}

fn main() {
    unknown_frag!(1);
    dup!(a, 1);
    empty_rep!();
}
