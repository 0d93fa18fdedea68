// Transcription errors: a repetition with nothing repeating, and a repeating variable used outside its repetition
macro_rules! no_vars {
    ($a:ident) => { $(let _ = 1;)* }; //~ ERROR attempted to repeat an expression containing no syntax variables matched as repeating at this depth
}

macro_rules! too_shallow {
    ($($a:ident)*) => { let _ = $a; }; //~ ERROR variable `a` is still repeating at this depth
}

fn main() {
    no_vars!(x);
    too_shallow!(x y);
}
