//! Arithmetic operator traits (`+ - * / %`, unary `-`, and their `op=` forms).
//!
//! For primitive operands the compiler applies the operator itself; these impls exist so
//! that generic code (`fn sum<T: Add<Output = T>>`) works with primitives too. Their bodies
//! use the built-in operators, so they never call themselves.

/// The `+` operator.
#[lang = "add"]
pub trait Add<Rhs = Self> {
    /// The type of `self + rhs`.
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}

/// The `-` operator.
#[lang = "sub"]
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}

/// The `*` operator.
#[lang = "mul"]
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}

/// The `/` operator.
#[lang = "div"]
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}

/// The `%` operator.
#[lang = "rem"]
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}

/// The unary `-` operator.
#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

/// The `+=` operator.
#[lang = "add_assign"]
pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}

/// The `-=` operator.
#[lang = "sub_assign"]
pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}

/// The `*=` operator.
#[lang = "mul_assign"]
pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}

/// The `/=` operator.
#[lang = "div_assign"]
pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}

/// The `%=` operator.
#[lang = "rem_assign"]
pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}

// `impl Trait for t { fn method(self, rhs: t) -> t { self OP rhs } }` for each type.
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

binop_impls! { Add add +; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
binop_impls! { Sub sub -; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
binop_impls! { Mul mul *; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
binop_impls! { Div div /; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
binop_impls! { Rem rem %; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
assign_impls! { AddAssign add_assign +=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
assign_impls! { SubAssign sub_assign -=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
assign_impls! { MulAssign mul_assign *=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
assign_impls! { DivAssign div_assign /=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }
assign_impls! { RemAssign rem_assign %=; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }

macro_rules! neg_impls {
    ($($t:ty)*) => {
        $(
            impl Neg for $t {
                type Output = $t;
                #[inline]
                fn neg(self) -> $t { -self }
            }

            // `-&x`, as rustc's `forward_ref_unop!`.
            impl<'a> Neg for &'a $t {
                type Output = $t;
                #[inline]
                fn neg(self) -> $t { -*self }
            }
        )*
    };
}

neg_impls! { isize i8 i16 i32 i64 i128 f32 f64 }
