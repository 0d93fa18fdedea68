//! Bitwise operator traits (`! & | ^ << >>` and their `op=` forms), with impls for the
//! primitive integers (and `bool` for the logical ones) so generic code can use them.

/// The unary `!` operator.
#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

/// The `&` operator.
#[lang = "bitand"]
pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}

/// The `|` operator.
#[lang = "bitor"]
pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}

/// The `^` operator.
#[lang = "bitxor"]
pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}

/// The `<<` operator.
#[lang = "shl"]
pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}

/// The `>>` operator.
#[lang = "shr"]
pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}

/// The `&=` operator.
#[lang = "bitand_assign"]
pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}

/// The `|=` operator.
#[lang = "bitor_assign"]
pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}

/// The `^=` operator.
#[lang = "bitxor_assign"]
pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}

/// The `<<=` operator.
#[lang = "shl_assign"]
pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}

/// The `>>=` operator.
#[lang = "shr_assign"]
pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}

macro_rules! binop_impls {
    ($tr:ident $method:ident $op:tt; $($t:ty)*) => {
        $(
            impl $tr for $t {
                type Output = $t;
                #[inline]
                fn $method(self, rhs: $t) -> $t { self $op rhs }
            }
        )*
    };
}

macro_rules! assign_impls {
    ($tr:ident $method:ident $op:tt; $($t:ty)*) => {
        $(
            impl $tr for $t {
                #[inline]
                fn $method(&mut self, rhs: $t) { *self $op rhs; }
            }
        )*
    };
}

macro_rules! not_impls {
    ($($t:ty)*) => {
        $(
            impl Not for $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t { !self }
            }

            // `!&x`, as rustc's `forward_ref_unop!`.
            impl<'a> Not for &'a $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t { !*self }
            }
        )*
    };
}

not_impls! { bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
binop_impls! { BitAnd bitand &; bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
binop_impls! { BitOr bitor |; bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
binop_impls! { BitXor bitxor ^; bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
binop_impls! { Shl shl <<; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
binop_impls! { Shr shr >>; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
assign_impls! { BitAndAssign bitand_assign &=; bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
assign_impls! { BitOrAssign bitor_assign |=; bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
assign_impls! { BitXorAssign bitxor_assign ^=; bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
assign_impls! { ShlAssign shl_assign <<=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
assign_impls! { ShrAssign shr_assign >>=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
