#![allow(unused)]
static mut COUNT: u32 = 0;
extern "C" { static ENV: u32; fn ext(); }
unsafe fn danger() -> u32 { 1 }
fn main() {
    let x = danger();
    let p = &x as *const u32;
    let y = unsafe { *p } + *p;
    COUNT = 3;
    let z = ENV;
    ext();
    let f: unsafe fn() -> u32 = danger;
    f();
}
