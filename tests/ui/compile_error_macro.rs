// compile_error! reports its message at the invocation; from a macro_rules! arm it points at
// the call of the user's macro
macro_rules! only_small {
    (small) => { 1 };
    ($other:ident) => { compile_error!("only `small` is supported") }; //~ ERROR only `small` is supported
}

fn main() {
    let _ = only_small!(small);
    let _ = only_small!(large);
    compile_error!("this build is not configured"); //~ ERROR this build is not configured
}
