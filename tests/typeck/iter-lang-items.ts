// The lang items `for` loops and range expressions desugar to (core defines them for real
// programs), for test crates compiled without core (and without macro expansion).
export const ITER_LANG_ITEMS = `
enum Option<T> { #[lang = "None"] None, #[lang = "Some"] Some(T) }
#[lang = "Range"] struct Range<Idx> { start: Idx, end: Idx }
#[lang = "RangeInclusive"] struct RangeInclusive<Idx> { start: Idx, end: Idx, done: bool }
impl<Idx> RangeInclusive<Idx> { #[lang = "range_inclusive_new"] fn new(start: Idx, end: Idx) -> Self { RangeInclusive { start, end, done: false } } }
#[lang = "iterator"] trait Iterator { type Item; #[lang = "next"] fn next(&mut self) -> Option<Self::Item>; }
trait IntoIterator { type Item; type IntoIter; #[lang = "into_iter"] fn into_iter(self) -> Self::IntoIter; }
impl<I: Iterator> IntoIterator for I { type Item = I::Item; type IntoIter = I; fn into_iter(self) -> I { self } }
#[lang = "copy"] trait Copy {}
trait Step: Copy { fn lt(&self, o: &Self) -> bool; fn succ(self) -> Self; }
impl Copy for u8 {}
impl Copy for i32 {}
impl Copy for u64 {}
impl Step for u8 { fn lt(&self, o: &u8) -> bool { *self < *o } fn succ(self) -> u8 { self + 1 } }
impl Step for i32 { fn lt(&self, o: &i32) -> bool { *self < *o } fn succ(self) -> i32 { self + 1 } }
impl Step for u64 { fn lt(&self, o: &u64) -> bool { *self < *o } fn succ(self) -> u64 { self + 1 } }
impl<A: Step> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> { if self.start.lt(&self.end) { let n = self.start; self.start = n.succ(); Option::Some(n) } else { Option::None } }
}
impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.done || self.end.lt(&self.start) { return Option::None; }
        let n = self.start;
        if n.lt(&self.end) { self.start = n.succ(); } else { self.done = true; }
        Option::Some(n)
    }
}
`;
