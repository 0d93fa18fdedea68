//! `==` between arrays, and between arrays and slices, element by element (as Rust's, with
//! element types that compare with each other: `[A; N] == [B; N]` where `A: PartialEq<B>`).

impl<A, B, const N: usize> PartialEq<[B; N]> for [A; N]
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &[B; N]) -> bool {
        eq_elements(self, other)
    }
}

impl<A, B, const N: usize> PartialEq<[B]> for [A; N]
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &[B]) -> bool {
        other.len() == N && eq_elements(self, other)
    }
}

impl<A, B, const N: usize> PartialEq<[A; N]> for [B]
where
    B: PartialEq<A>,
{
    #[inline]
    fn eq(&self, other: &[A; N]) -> bool {
        self.len() == N && eq_elements(self, other)
    }
}

impl<A, B, const N: usize> PartialEq<&[B]> for [A; N]
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&[B]) -> bool {
        other.len() == N && eq_elements(self, *other)
    }
}

impl<A, B, const N: usize> PartialEq<[A; N]> for &[B]
where
    B: PartialEq<A>,
{
    #[inline]
    fn eq(&self, other: &[A; N]) -> bool {
        self.len() == N && eq_elements(*self, other)
    }
}

impl<T: Eq, const N: usize> Eq for [T; N] {}

/// Whether two runs of the same length are equal element by element.
#[inline]
fn eq_elements<A: PartialEq<B>, B>(a: &[A], b: &[B]) -> bool {
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
