// macro_rules! defined inside a function body see the function's locals at their definition
// site (hygiene's parent chain), while their own `let`s stay invisible to the caller.
fn main() {
    let factor = 3;
    macro_rules! scale {
        ($e:expr) => {
            $e * factor
        };
    }
    println!("{}", scale!(5));
    println!("{}", scale!(scale!(2)));

    let x = 1;
    macro_rules! shadow {
        () => {
            let x = 10;
            println!("inside: {}", x + factor);
        };
    }
    shadow!();
    println!("outside: {}", x);

    let mut total = 0;
    macro_rules! add {
        ($($n:expr),*) => {
            $(total += $n;)*
        };
    }
    add!(1, 2, 3);
    add!(scale!(10));
    println!("total: {}", total);
}
