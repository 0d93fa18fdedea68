//! Range types: `a..b`, `a..`, `..b`, `..`, `a..=b`, `..=b`. The compiler lowers range
//! expressions to these structs through their lang items.

/// `..`
#[lang = "RangeFull"]
pub struct RangeFull;

/// `start..end`: from `start` (inclusive) to `end` (exclusive).
#[lang = "Range"]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

/// `start..`
#[lang = "RangeFrom"]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

/// `..end`
#[lang = "RangeTo"]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

/// `..=end`
#[lang = "RangeToInclusive"]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

/// `start..=end`. `exhausted` records that iteration yielded `end` (so `0u8..=255` ends).
#[lang = "RangeInclusive"]
pub struct RangeInclusive<Idx> {
    pub(crate) start: Idx,
    pub(crate) end: Idx,
    pub(crate) exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    /// `start..=end` (what the compiler calls for the expression).
    #[lang = "range_inclusive_new"]
    #[inline]
    pub const fn new(start: Idx, end: Idx) -> Self {
        RangeInclusive { start, end, exhausted: false }
    }

    /// The lower bound.
    #[inline]
    pub const fn start(&self) -> &Idx {
        &self.start
    }

    /// The upper bound (inclusive).
    #[inline]
    pub const fn end(&self) -> &Idx {
        &self.end
    }

    /// The bounds, consuming the range.
    #[inline]
    pub fn into_inner(self) -> (Idx, Idx) {
        (self.start, self.end)
    }
}
