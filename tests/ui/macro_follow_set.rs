// Follow-set restrictions are checked where the macro is defined
macro_rules! bad_expr {
    ($e:expr $next:ident) => { $e }; //~ ERROR `$e:expr` is followed by `$next:ident`, which is not allowed for `expr` fragments
}

macro_rules! bad_ty {
    ($t:ty - ) => { 0 }; //~ ERROR `$t:ty` is followed by `-`, which is not allowed for `ty` fragments
}

macro_rules! bad_rep {
    ($($e:expr),* $b:block) => { 0 }; //~ ERROR `$e:expr` may be followed by `$b:block`, which is not allowed for `expr` fragments
}

fn main() {
    bad_expr!(1 x);
    bad_ty!(u8 -);
    bad_rep!(1, 2 {});
}
