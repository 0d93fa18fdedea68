// `$crate` paths and #[macro_export]: exported macros reach helpers through `$crate::` from any module, and are called by `crate::` paths
pub mod util {
    pub fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
        if v < lo { lo } else if v > hi { hi } else { v }
    }

    pub mod fmt_helpers {
        pub fn banner(s: &str) {
            println!("== {} ==", s);
        }
    }

    #[macro_export]
    macro_rules! clamp_all {
        ($lo:expr, $hi:expr; $($v:expr),*) => {
            [$($crate::util::clamp($v, $lo, $hi)),*]
        };
    }
}

#[macro_export]
macro_rules! banner {
    ($s:expr) => { $crate::util::fmt_helpers::banner($s) };
}

mod report {
    pub fn run() {
        crate::banner!("report");
        let c = crate::clamp_all!(0, 10; -5, 5, 50);
        println!("{} {} {}", c[0], c[1], c[2]);
    }

    pub mod deeper {
        pub fn run() {
            crate::banner!("deeper");
            let c = crate::clamp_all!(-1, 1; 3, -3);
            println!("{} {}", c[0], c[1]);
        }
    }
}

fn main() {
    banner!("main");
    let v = clamp_all!(1, 3; 0, 2, 4);
    println!("{} {} {}", v[0], v[1], v[2]);
    report::run();
    report::deeper::run();
}
