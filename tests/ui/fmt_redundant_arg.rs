// `{total}` captures the variable already, so passing it again is redundant
fn main() {
    let total = 10;
    println!("total: {total:>5}", total); //~ ERROR redundant argument
}
