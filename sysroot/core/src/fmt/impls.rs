//! Formatting impls for the language's own types: `bool`, `()`, references (which format
//! as what they point to), raw pointers (`{:p}`), tuples, slices and arrays.

use crate::option::Option::{None, Some};

use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Pointer, Result, UpperExp, UpperHex};

impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        if *self {
            f.pad("true")
        } else {
            f.pad("false")
        }
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("()")
    }
}

// References format as their referent, for every formatting trait.

impl<T: Display + ?Sized> Display for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<T: Display + ?Sized> Display for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<T: Debug + ?Sized> Debug for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&**self, f)
    }
}

impl<T: Debug + ?Sized> Debug for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&**self, f)
    }
}

impl<T: LowerHex + ?Sized> LowerHex for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        LowerHex::fmt(&**self, f)
    }
}

impl<T: LowerHex + ?Sized> LowerHex for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        LowerHex::fmt(&**self, f)
    }
}

impl<T: UpperHex + ?Sized> UpperHex for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        UpperHex::fmt(&**self, f)
    }
}

impl<T: UpperHex + ?Sized> UpperHex for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        UpperHex::fmt(&**self, f)
    }
}

impl<T: Octal + ?Sized> Octal for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Octal::fmt(&**self, f)
    }
}

impl<T: Octal + ?Sized> Octal for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Octal::fmt(&**self, f)
    }
}

impl<T: Binary + ?Sized> Binary for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Binary::fmt(&**self, f)
    }
}

impl<T: Binary + ?Sized> Binary for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Binary::fmt(&**self, f)
    }
}

impl<T: LowerExp + ?Sized> LowerExp for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        LowerExp::fmt(&**self, f)
    }
}

impl<T: LowerExp + ?Sized> LowerExp for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        LowerExp::fmt(&**self, f)
    }
}

impl<T: UpperExp + ?Sized> UpperExp for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        UpperExp::fmt(&**self, f)
    }
}

impl<T: UpperExp + ?Sized> UpperExp for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        UpperExp::fmt(&**self, f)
    }
}

/// `{:p}`: the address in hex with `0x`; `{:#p}` zero-pads it to the pointer's width.
fn fmt_address(addr: usize, f: &mut Formatter<'_>) -> Result {
    let old = f.options();
    let alternate = f.alternate();
    let mut width = f.width();
    let mut flags = f.flags_word() | super::formatter::FLAG_ALTERNATE;
    if alternate {
        flags = flags | super::formatter::FLAG_ZERO_PAD;
        match width {
            Some(_) => {}
            None => width = Some(2 + 2 * unsafe { crate::intrinsics::size_of::<usize>() }),
        }
    }
    f.set_options(f.fill(), f.align_code(), flags, width, f.precision());
    let r = LowerHex::fmt(&addr, f);
    f.restore_options(old);
    r
}

impl<T: ?Sized> Pointer for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_address(*self as *const u8 as usize, f)
    }
}

impl<T: ?Sized> Pointer for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_address(*self as *const u8 as usize, f)
    }
}

impl<T: ?Sized> Pointer for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_address(*self as *const T as *const u8 as usize, f)
    }
}

impl<T: ?Sized> Pointer for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_address(&**self as *const T as *const u8 as usize, f)
    }
}

impl<T: ?Sized> Debug for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl<T: ?Sized> Debug for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let n = super::len_of(self);
        let mut list = f.debug_list();
        let mut i: usize = 0;
        while i < n {
            list.entry(&self[i]);
            i = i + 1;
        }
        list.finish()
    }
}

impl<A: Debug> Debug for (A,) {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_tuple("").field(&self.0).finish()
    }
}

impl<A: Debug, B: Debug> Debug for (A, B) {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_tuple("").field(&self.0).field(&self.1).finish()
    }
}

impl<A: Debug, B: Debug, C: Debug> Debug for (A, B, C) {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_tuple("").field(&self.0).field(&self.1).field(&self.2).finish()
    }
}

impl<A: Debug, B: Debug, C: Debug, D: Debug> Debug for (A, B, C, D) {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_tuple("").field(&self.0).field(&self.1).field(&self.2).field(&self.3).finish()
    }
}

impl<A: Debug, B: Debug, C: Debug, D: Debug, E: Debug> Debug for (A, B, C, D, E) {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_tuple("").field(&self.0).field(&self.1).field(&self.2).field(&self.3).field(&self.4).finish()
    }
}

impl<A: Debug, B: Debug, C: Debug, D: Debug, E: Debug, F: Debug> Debug for (A, B, C, D, E, F) {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_tuple("").field(&self.0).field(&self.1).field(&self.2).field(&self.3).field(&self.4).field(&self.5).finish()
    }
}
