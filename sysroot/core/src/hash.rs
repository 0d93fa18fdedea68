//! Hashing: `Hash` (values that can be fed to a hasher, what `#[derive(Hash)]` implements)
//! and `Hasher` (the algorithm consuming the bytes).

use crate::intrinsics::transmute;

/// A value that can be hashed: it feeds its contents to a `Hasher`.
pub trait Hash {
    /// Feeds this value into `state`.
    fn hash<H: Hasher>(&self, state: &mut H);

    /// Feeds a slice of values into `state`, one after another.
    fn hash_slice<H: Hasher>(data: &[Self], state: &mut H)
    where
        Self: Sized,
    {
        let mut rest = data;
        while let [first, tail @ ..] = rest {
            first.hash(state);
            rest = tail;
        }
    }
}

/// A hash algorithm: consumes bytes, produces a `u64`.
pub trait Hasher {
    /// The hash of everything written so far.
    fn finish(&self) -> u64;

    /// Feeds bytes into the hasher.
    fn write(&mut self, bytes: &[u8]);

    fn write_u8(&mut self, i: u8) {
        self.write(&[i])
    }
    fn write_u16(&mut self, i: u16) {
        self.write(&unsafe { transmute::<u16, [u8; 2]>(i) })
    }
    fn write_u32(&mut self, i: u32) {
        self.write(&unsafe { transmute::<u32, [u8; 4]>(i) })
    }
    fn write_u64(&mut self, i: u64) {
        self.write(&unsafe { transmute::<u64, [u8; 8]>(i) })
    }
    fn write_u128(&mut self, i: u128) {
        self.write(&unsafe { transmute::<u128, [u8; 16]>(i) })
    }
    fn write_usize(&mut self, i: usize) {
        // The native-endian bytes of the pointer-sized integer.
        if crate::mem::size_of::<usize>() == 8 {
            self.write_u64(i as u64)
        } else if crate::mem::size_of::<usize>() == 4 {
            self.write_u32(i as u32)
        } else {
            self.write_u16(i as u16)
        }
    }
    fn write_i8(&mut self, i: i8) {
        self.write_u8(i as u8)
    }
    fn write_i16(&mut self, i: i16) {
        self.write_u16(i as u16)
    }
    fn write_i32(&mut self, i: i32) {
        self.write_u32(i as u32)
    }
    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64)
    }
    fn write_i128(&mut self, i: i128) {
        self.write_u128(i as u128)
    }
    fn write_isize(&mut self, i: isize) {
        self.write_usize(i as usize)
    }
}

/// The bytes of a string: `&str` and `&[u8]` are the same (address, length) pair.
fn str_bytes(s: &str) -> &[u8] {
    unsafe { &*(s as *const str as *const [u8]) }
}

/// A factory of hashers (what `HashMap` keeps, so every lookup hashes the same way).
pub trait BuildHasher {
    type Hasher: Hasher;

    fn build_hasher(&self) -> Self::Hasher;
}

macro_rules! hash_int {
    ($($t:ty => $write:ident),* $(,)?) => {
        $(
            impl Hash for $t {
                #[inline]
                fn hash<H: Hasher>(&self, state: &mut H) {
                    state.$write(*self)
                }
            }
        )*
    };
}

hash_int! {
    u8 => write_u8, u16 => write_u16, u32 => write_u32, u64 => write_u64, u128 => write_u128, usize => write_usize,
    i8 => write_i8, i16 => write_i16, i32 => write_i32, i64 => write_i64, i128 => write_i128, isize => write_isize,
}

impl Hash for bool {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u8(*self as u8)
    }
}

impl Hash for char {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u32(*self as u32)
    }
}

impl Hash for str {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The bytes, then `0xff`, which no UTF-8 text contains: "ab" + "c" and "a" + "bc"
        // hash differently.
        state.write(str_bytes(self));
        state.write_u8(0xff);
    }
}

impl Hash for () {
    #[inline]
    fn hash<H: Hasher>(&self, _state: &mut H) {}
}

impl<T: ?Sized + Hash> Hash for &T {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

impl<T: ?Sized + Hash> Hash for &mut T {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

impl<T: Hash> Hash for [T] {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The length first, so ([a], [b, c]) and ([a, b], [c]) hash differently.
        state.write_usize(self.len());
        Hash::hash_slice(self, state)
    }
}

macro_rules! tuple_hash {
    ($(($($T:ident $i:tt),+))+) => {
        $(
            impl<$($T: Hash),+> Hash for ($($T,)+) {
                #[inline]
                fn hash<S: Hasher>(&self, state: &mut S) {
                    $(self.$i.hash(state);)+
                }
            }
        )+
    };
}

tuple_hash! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}
