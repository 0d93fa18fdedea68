mod drop;
pub use self::drop::Drop;
