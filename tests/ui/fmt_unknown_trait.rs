// `{:y}` names no formatting trait; each unknown one is reported, then the argument count
fn main() {
    let n = 42;
    println!("{:y} and {:z}", n); //~ ERROR unknown format trait `y`
    //~^ ERROR unknown format trait `z`
    //~^^ ERROR 2 positional arguments in format string
}
