//! Dynamic typing: `Any` values know their `TypeId` and can be downcast back to their
//! type (a thread's panic payload is a `Box<dyn Any + Send>`).

use crate::fmt;

/// A type's identity at run time (a hash of its full path, from the compiler).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId {
    t: u64,
}

impl TypeId {
    pub fn of<T: ?Sized + 'static>() -> TypeId {
        TypeId { t: crate::intrinsics::type_id::<T>() }
    }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeId({:#034x})", self.t as u128)
    }
}

/// Implemented by every `'static` type: its `TypeId`, through a trait object too.
pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId {
        TypeId::of::<T>()
    }
}

impl dyn Any {
    /// Whether the value is a `T`.
    pub fn is<T: Any>(&self) -> bool {
        self.type_id() == TypeId::of::<T>()
    }

    /// The value as a `T`, if it is one.
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        if self.is::<T>() { unsafe { Some(&*(self as *const dyn Any as *const T)) } } else { None }
    }

    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        if self.is::<T>() { unsafe { Some(&mut *(self as *mut dyn Any as *mut T)) } } else { None }
    }
}

impl dyn Any + Send {
    pub fn is<T: Any>(&self) -> bool {
        self.type_id() == TypeId::of::<T>()
    }

    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        if self.is::<T>() { unsafe { Some(&*(self as *const (dyn Any + Send) as *const T)) } } else { None }
    }

    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        if self.is::<T>() { unsafe { Some(&mut *(self as *mut (dyn Any + Send) as *mut T)) } } else { None }
    }
}

impl fmt::Debug for dyn Any {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Any { .. }")
    }
}

impl fmt::Debug for dyn Any + Send {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Any { .. }")
    }
}
