// Coercing &T to &dyn Trait needs T: Trait
trait Render {
    fn render(&self) -> u32;
}

struct Button;
struct Label;

impl Render for Button {
    fn render(&self) -> u32 {
        7
    }
}

fn draw(r: &dyn Render) -> u32 {
    r.render()
}

fn main() {
    let b = Button;
    let l = Label;
    println!("{}", draw(&b));
    let widget: &dyn Render = &l; //~ ERROR E0277
    println!("{}", widget.render());
}
