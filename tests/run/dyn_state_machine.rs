// The state pattern with Box<dyn State>: self: Box<Self> transitions, default methods,
// states dropped through their vtable, and an Option<Box<dyn Stage>> workflow (Rust Book ch. 17).
trait State {
    fn next(self: Box<Self>, c: u8) -> Box<dyn State>;
    fn name(&self) -> &'static str;
    fn accepting(&self) -> bool {
        false
    }
}

struct Start;
struct InNumber {
    digits: u32,
}
struct Done {
    digits: u32,
}
struct Fail;

impl Drop for Done {
    fn drop(&mut self) {
        println!("  (dropping done after {} digits)", self.digits);
    }
}

fn is_digit(c: u8) -> bool {
    c >= b'0' && c <= b'9'
}

impl State for Start {
    fn next(self: Box<Self>, c: u8) -> Box<dyn State> {
        if is_digit(c) { Box::new(InNumber { digits: 1 }) } else { Box::new(Fail) }
    }
    fn name(&self) -> &'static str {
        "start"
    }
}

impl State for InNumber {
    fn next(self: Box<Self>, c: u8) -> Box<dyn State> {
        let d = self.digits;
        if is_digit(c) {
            Box::new(InNumber { digits: d + 1 })
        } else if c == b';' {
            Box::new(Done { digits: d })
        } else {
            Box::new(Fail)
        }
    }
    fn name(&self) -> &'static str {
        "number"
    }
}

impl State for Done {
    fn next(self: Box<Self>, _c: u8) -> Box<dyn State> {
        Box::new(Fail)
    }
    fn name(&self) -> &'static str {
        "done"
    }
    fn accepting(&self) -> bool {
        self.digits > 0
    }
}

impl State for Fail {
    fn next(self: Box<Self>, _c: u8) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "fail"
    }
}

fn run(input: &[u8]) -> bool {
    let mut s: Box<dyn State> = Box::new(Start);
    for &c in input {
        s = s.next(c);
        println!("  {} -> {}", c as char, s.name());
    }
    s.accepting()
}

trait Stage {
    fn request_review(self: Box<Self>) -> Box<dyn Stage>;
    fn approve(self: Box<Self>) -> Box<dyn Stage>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str {
        ""
    }
    fn label(&self) -> &'static str;
}

struct Post {
    stage: Option<Box<dyn Stage>>,
    text: &'static str,
}

struct Draft;
struct PendingReview {
    approvals: u32,
}
struct Published;

impl Stage for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn Stage> {
        Box::new(PendingReview { approvals: 0 })
    }
    fn approve(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn label(&self) -> &'static str {
        "draft"
    }
}

impl Stage for PendingReview {
    fn request_review(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn Stage> {
        if self.approvals + 1 >= 2 {
            Box::new(Published)
        } else {
            Box::new(PendingReview { approvals: self.approvals + 1 })
        }
    }
    fn label(&self) -> &'static str {
        "pending review"
    }
}

impl Stage for Published {
    fn request_review(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn content<'a>(&self, post: &'a Post) -> &'a str {
        post.text
    }
    fn label(&self) -> &'static str {
        "published"
    }
}

impl Post {
    fn new(text: &'static str) -> Post {
        Post { stage: Some(Box::new(Draft)), text }
    }
    fn content(&self) -> &str {
        match &self.stage {
            Some(s) => s.content(self),
            None => "",
        }
    }
    fn label(&self) -> &'static str {
        match &self.stage {
            Some(s) => s.label(),
            None => "?",
        }
    }
    fn request_review(&mut self) {
        if let Some(s) = self.stage.take() {
            self.stage = Some(s.request_review());
        }
    }
    fn approve(&mut self) {
        if let Some(s) = self.stage.take() {
            self.stage = Some(s.approve());
        }
    }
}

fn main() {
    println!("accepted: {}", run(b"123;"));
    println!("accepted: {}", run(b"1a2"));
    println!("accepted: {}", run(b"42;x"));

    let mut post = Post::new("I ate a salad for lunch today");
    println!("{}: '{}'", post.label(), post.content());
    post.request_review();
    println!("{}: '{}'", post.label(), post.content());
    post.approve();
    println!("{}: '{}'", post.label(), post.content());
    post.approve();
    println!("{}: '{}'", post.label(), post.content());
}
