// Hygiene: a local a macro introduces is invisible to the caller, and a module-level
// macro cannot see the caller's locals
macro_rules! declare_hidden {
    () => {
        let hidden = 1;
    };
}

macro_rules! use_outer {
    () => {
        outer + 1 //~ ERROR cannot find value `outer` in this scope
    };
}

fn main() {
    declare_hidden!();
    let _h = hidden; //~ ERROR cannot find value `hidden` in this scope
    let outer = 2;
    let _z = use_outer!();
    let _o = outer;
}
