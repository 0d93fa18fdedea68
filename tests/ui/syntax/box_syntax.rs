// `box expr` was removed
fn main() {
    let b = box 5; //~ ERROR `box_syntax` has been removed
}
