// Local `macro_rules!` nobody invokes; exported ones and ones that allow it are not reported.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! cube {
    ($x:expr) => {
        $x * $x * $x
    };
}

#[allow(unused_macros)]
macro_rules! debug_dump {
    ($x:expr) => {
        println!("{:?}", $x)
    };
}

#[macro_export]
macro_rules! public_helper {
    () => {
        0
    };
}

mod geometry {
    macro_rules! area {
        ($w:expr, $h:expr) => {
            $w * $h
        };
    }

    pub fn unit() -> u32 {
        1
    }
}

fn main() {
    macro_rules! local_note {
        () => {
            "note"
        };
    }
    println!("{} {}", square!(4), geometry::unit());
}
