//! `Vec<T>`: a growable array on the heap.

use crate::alloc::{dangling, dealloc, handle_alloc_error, realloc, alloc, Layout};
use core::fmt;

mod drain;
mod edit;
mod partial_eq;
mod splice;

pub use self::drain::Drain;
pub(crate) use self::drain::range_of;
pub use self::splice::Splice;
use core::ops::{Deref, DerefMut, Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

/// A contiguous growable array: `len` initialized values in a buffer of `cap`.
pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    /// An empty vector; nothing is allocated until the first push.
    pub const fn new() -> Vec<T> {
        Vec { ptr: core::mem::align_of::<T>() as *mut T, cap: 0, len: 0 }
    }

    /// An empty vector with room for `capacity` values.
    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        v.reserve_exact(capacity);
        v
    }

    /// # Safety
    /// `ptr` must come from an allocation of `capacity` `T`s by the global allocator (or be
    /// dangling when nothing was allocated) holding `length` initialized values.
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T> {
        Vec { ptr, cap: capacity, len: length }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        if core::mem::size_of::<T>() == 0 { !0usize } else { self.cap }
    }

    pub fn as_ptr(&self) -> *const T {
        self.ptr as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    pub fn as_slice(&self) -> &[T] {
        unsafe { core::slice::from_raw_parts(self.ptr as *const T, self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// # Safety
    /// The first `new_len` values must be initialized and `new_len <= capacity`.
    pub unsafe fn set_len(&mut self, new_len: usize) {
        self.len = new_len;
    }

    /// Makes room for at least `additional` more values (growing geometrically).
    pub fn reserve(&mut self, additional: usize) {
        let need = self.len + additional;
        if need <= self.capacity() {
            return;
        }
        let doubled = self.cap * 2;
        let mut new_cap = if doubled > need { doubled } else { need };
        if new_cap < 4 {
            new_cap = 4;
        }
        self.grow_to(new_cap);
    }

    /// Makes room for exactly `additional` more values.
    pub fn reserve_exact(&mut self, additional: usize) {
        let need = self.len + additional;
        if need > self.capacity() {
            self.grow_to(need);
        }
    }

    fn grow_to(&mut self, new_cap: usize) {
        let elem = core::mem::size_of::<T>();
        if elem == 0 {
            return;
        }
        let new_layout = match Layout::array::<T>(new_cap) {
            Ok(l) => l,
            Err(_) => panic!("capacity overflow"),
        };
        let p = unsafe {
            if self.cap == 0 {
                alloc(new_layout)
            } else {
                let old = Layout::from_size_align_unchecked(elem * self.cap, core::mem::align_of::<T>());
                realloc(self.ptr as *mut u8, old, new_layout.size())
            }
        };
        if p as usize == 0 {
            handle_alloc_error(new_layout);
        }
        self.ptr = p as *mut T;
        self.cap = new_cap;
    }

    /// Frees unused capacity.
    pub fn shrink_to_fit(&mut self) {
        let elem = core::mem::size_of::<T>();
        if elem == 0 || self.cap == self.len {
            return;
        }
        unsafe {
            let old = Layout::from_size_align_unchecked(elem * self.cap, core::mem::align_of::<T>());
            if self.len == 0 {
                dealloc(self.ptr as *mut u8, old);
                self.ptr = dangling::<T>();
            } else {
                let p = realloc(self.ptr as *mut u8, old, elem * self.len);
                if p as usize == 0 {
                    handle_alloc_error(old);
                }
                self.ptr = p as *mut T;
            }
        }
        self.cap = self.len;
    }

    /// Appends a value at the end.
    pub fn push(&mut self, value: T) {
        if self.len == self.capacity() {
            self.reserve(1);
        }
        unsafe { core::ptr::write(self.ptr.add(self.len), value) };
        self.len = self.len + 1;
    }

    /// Removes the last value, or returns `None` if the vector is empty.
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len = self.len - 1;
        unsafe { Some(core::ptr::read(self.ptr.add(self.len))) }
    }

    /// Inserts `element` at `index`, shifting the later values right.
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {}) should be <= len (is {})", index, len);
        }
        if len == self.capacity() {
            self.reserve(1);
        }
        unsafe {
            let p = self.ptr.add(index);
            core::ptr::copy(p as *const T, p.add(1), len - index);
            core::ptr::write(p, element);
        }
        self.len = len + 1;
    }

    /// Removes and returns the value at `index`, shifting the later values left.
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let p = self.ptr.add(index);
            let v = core::ptr::read(p as *const T);
            core::ptr::copy(p.add(1) as *const T, p, len - index - 1);
            self.len = len - 1;
            v
        }
    }

    /// Removes the value at `index`, moving the last value into its place.
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let v = core::ptr::read(self.ptr.add(index) as *const T);
            let last = self.ptr.add(len - 1);
            core::ptr::copy(last as *const T, self.ptr.add(index), 1);
            self.len = len - 1;
            v
        }
    }

    /// Drops the values from `len` on, keeping the first `len`.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        // The dropped values go front to back, as a slice drops (Rust's order); the length
        // is cut first so a panicking drop leaks the rest rather than dropping twice.
        let tail = unsafe { core::slice::from_raw_parts_mut(self.ptr.add(len), self.len - len) as *mut [T] };
        self.len = len;
        unsafe { core::ptr::drop_in_place(tail) };
    }

    /// Drops every value, keeping the buffer.
    pub fn clear(&mut self) {
        self.truncate(0)
    }

    /// Keeps only the values `f` approves, in order.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            unsafe {
                let p = self.ptr.add(i);
                if f(&*p) {
                    if kept != i {
                        core::ptr::copy(p as *const T, self.ptr.add(kept), 1);
                    }
                    kept = kept + 1;
                } else {
                    core::ptr::drop_in_place(p);
                }
            }
            i = i + 1;
        }
        self.len = kept;
    }

    /// Removes consecutive values for which `same(a, b)` holds, keeping the first of each run.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same: F) {
        let len = self.len;
        if len <= 1 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < len {
            unsafe {
                let cur = self.ptr.add(i);
                let prev = self.ptr.add(kept - 1);
                if same(&mut *cur, &mut *prev) {
                    core::ptr::drop_in_place(cur);
                } else {
                    if kept != i {
                        core::ptr::copy(cur as *const T, self.ptr.add(kept), 1);
                    }
                    kept = kept + 1;
                }
            }
            i = i + 1;
        }
        self.len = kept;
    }

    /// Moves all values of `other` to the end of `self`, leaving `other` empty.
    pub fn append(&mut self, other: &mut Vec<T>) {
        let n = other.len;
        self.reserve(n);
        unsafe {
            core::ptr::copy_nonoverlapping(other.ptr as *const T, self.ptr.add(self.len), n);
            other.len = 0;
        }
        self.len = self.len + n;
    }

    /// Removes consecutive equal values.
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        let len = self.len;
        if len <= 1 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < len {
            unsafe {
                let cur = self.ptr.add(i);
                if *cur == *self.ptr.add(kept - 1) {
                    core::ptr::drop_in_place(cur);
                } else {
                    if kept != i {
                        core::ptr::copy(cur as *const T, self.ptr.add(kept), 1);
                    }
                    kept = kept + 1;
                }
            }
            i = i + 1;
        }
        self.len = kept;
    }

    /// Appends clones of the values of `other`.
    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.reserve(other.len());
        let mut i = 0;
        while i < other.len() {
            self.push(other[i].clone());
            i = i + 1;
        }
    }

    /// Removes the values in `start..end` (as a new vector), shifting the rest left.
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            panic!("`at` split index (is {}) should be <= len (is {})", at, self.len);
        }
        let n = self.len - at;
        let mut other = Vec::with_capacity(n);
        unsafe {
            core::ptr::copy_nonoverlapping(self.ptr.add(at) as *const T, other.ptr, n);
            other.len = n;
        }
        self.len = at;
        other
    }
}

/// Stable merge sorts (insertion sort for short runs), one per way of comparing: by a
/// comparison returning `Ordering`, or by keys. `$less(a, b)` says whether `a` goes first.
macro_rules! merge_sort_fn {
    ($entry:ident, $rec:ident, $f:ident: $fty:ty, [$($gen:tt)*], |$a:ident, $b:ident| $less:expr) => {
        pub(crate) fn $entry<T, $($gen)*>(v: *mut T, len: usize, $f: &mut F) {
            if len < 2 {
                return;
            }
            let buf: Vec<T> = Vec::with_capacity(len);
            unsafe { $rec(v, buf.ptr, len, $f) };
        }

        /// Sorts `n` values at `v`, using `tmp` (room for `n` values) as scratch.
        unsafe fn $rec<T, $($gen)*>(v: *mut T, tmp: *mut T, n: usize, $f: &mut F) {
            if n <= 16 {
                let mut i = 1;
                while i < n {
                    let mut j = i;
                    while j > 0 && {
                        let $a: &T = &*v.add(j);
                        let $b: &T = &*v.add(j - 1);
                        $less
                    } {
                        swap_raw(v.add(j), v.add(j - 1));
                        j = j - 1;
                    }
                    i = i + 1;
                }
                return;
            }
            let mid = n / 2;
            $rec(v, tmp, mid, $f);
            $rec(v.add(mid), tmp, n - mid, $f);
            // The left half goes to tmp, then both halves merge back into v.
            core::ptr::copy_nonoverlapping(v as *const T, tmp, mid);
            let mut i = 0;
            let mut j = mid;
            let mut k = 0;
            while i < mid && j < n {
                let take_right = {
                    let $a: &T = &*v.add(j);
                    let $b: &T = &*tmp.add(i);
                    $less
                };
                if take_right {
                    core::ptr::copy_nonoverlapping(v.add(j) as *const T, v.add(k), 1);
                    j = j + 1;
                } else {
                    core::ptr::copy_nonoverlapping(tmp.add(i) as *const T, v.add(k), 1);
                    i = i + 1;
                }
                k = k + 1;
            }
            while i < mid {
                core::ptr::copy_nonoverlapping(tmp.add(i) as *const T, v.add(k), 1);
                i = i + 1;
                k = k + 1;
            }
        }
    };
}

merge_sort_fn!(sort_by_cmp, merge_by_cmp, cmp: F, [F: FnMut(&T, &T) -> core::cmp::Ordering], |a, b| cmp(a, b) == core::cmp::Ordering::Less);
merge_sort_fn!(sort_by_key, merge_by_key, key: F, [K: Ord, F: FnMut(&T) -> K], |a, b| key(a).lt(&key(b)));

unsafe fn swap_raw<T>(a: *mut T, b: *mut T) {
    let t = core::ptr::read(a as *const T);
    core::ptr::copy(b as *const T, a, 1);
    core::ptr::write(b, t);
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        unsafe {
            core::ptr::drop_in_place(self.as_mut_slice() as *mut [T]);
            let elem = core::mem::size_of::<T>();
            if self.cap != 0 && elem != 0 {
                dealloc(self.ptr as *mut u8, Layout::from_size_align_unchecked(elem * self.cap, core::mem::align_of::<T>()));
            }
        }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> Index<usize> for Vec<T> {
    type Output = T;
    fn index(&self, index: usize) -> &T {
        &self.as_slice()[index]
    }
}

impl<T> IndexMut<usize> for Vec<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self.as_mut_slice()[index]
    }
}

impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        let mut i = 0;
        while i < self.len {
            l.entry(&self.as_slice()[i]);
            i = i + 1;
        }
        l.finish()
    }
}

/// `vec![]`, `vec![x; n]`, `vec![a, b, c]`.
#[macro_export]
macro_rules! vec {
    () => {
        $crate::vec::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::vec::from_elem($elem, $n)
    };
    // As Rust's: the elements form one array on the heap, so an expected `Vec<Box<dyn Trait>>`
    // reaches every element through `into_vec` and `Box::new` and each of them coerces.
    ($($x:expr),+ $(,)?) => {
        <[_]>::into_vec($crate::boxed::Box::new([$($x),+]))
    };
}

/// `vec![elem; n]`: `n` clones of `elem`.
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    if n == 0 {
        return v;
    }
    let mut i = 1;
    while i < n {
        v.push(elem.clone());
        i = i + 1;
    }
    v.push(elem);
    v
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        v.extend_from_slice(self.as_slice());
        v
    }
}


impl<T: Eq> Eq for Vec<T> {}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

/// The values of a vector, by value (`for x in vec`).
pub struct IntoIter<T> {
    buf: *mut T,
    cap: usize,
    start: usize,
    end: usize,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start = i + 1;
        unsafe { Some(core::ptr::read(self.buf.add(i) as *const T)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        self.end = self.end - 1;
        unsafe { Some(core::ptr::read(self.buf.add(self.end) as *const T)) }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        unsafe {
            while self.start < self.end {
                core::ptr::drop_in_place(self.buf.add(self.start));
                self.start = self.start + 1;
            }
            let elem = core::mem::size_of::<T>();
            if self.cap != 0 && elem != 0 {
                dealloc(self.buf as *mut u8, Layout::from_size_align_unchecked(elem * self.cap, core::mem::align_of::<T>()));
            }
        }
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        let it = IntoIter { buf: self.ptr, cap: self.cap, start: 0, end: self.len };
        core::mem::forget(self);
        it
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;
    fn into_iter(self) -> core::slice::Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = core::slice::IterMut<'a, T>;
    fn into_iter(self) -> core::slice::IterMut<'a, T> {
        self.as_mut_slice().iter_mut()
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        let mut it = IntoIterator::into_iter(iter);
        while let Some(x) = it.next() {
            v.push(x);
        }
        v
    }
}


macro_rules! vec_range_index {
    ($($r:ty),*) => {$(
        impl<T> Index<$r> for Vec<T> {
            type Output = [T];
            fn index(&self, index: $r) -> &[T] {
                &self.as_slice()[index]
            }
        }

        impl<T> IndexMut<$r> for Vec<T> {
            fn index_mut(&mut self, index: $r) -> &mut [T] {
                &mut self.as_mut_slice()[index]
            }
        }
    )*};
}

vec_range_index!(Range<usize>, RangeFrom<usize>, RangeTo<usize>, RangeFull, RangeInclusive<usize>, RangeToInclusive<usize>);

impl<T> Vec<T> {
    /// The vector's buffer as a boxed slice, after freeing the unused capacity.
    pub fn into_boxed_slice(mut self) -> crate::boxed::Box<[T]> {
        self.shrink_to_fit();
        let len = self.len;
        let ptr = self.ptr;
        core::mem::forget(self);
        unsafe { crate::boxed::Box::from_raw(core::slice::from_raw_parts_mut(ptr, len) as *mut [T]) }
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T> From<crate::boxed::Box<[T]>> for Vec<T> {
    /// The box's allocation becomes the vector's buffer (no copy).
    fn from(b: crate::boxed::Box<[T]>) -> Vec<T> {
        let len = b.len();
        let ptr = crate::boxed::Box::into_raw(b) as *mut T;
        Vec { ptr, cap: len, len }
    }
}

impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}

impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self
    }
}
