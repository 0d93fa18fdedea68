//! A fixed-size unsigned big integer, large enough for the exact decimal conversion of
//! any f32 or f64 both ways (formatting needs below 2^1140; parsing, with at most 200
//! significant digits kept, below 2^1900): 64 little-endian 32-bit limbs.

pub const LIMBS: usize = 64;

pub struct Big {
    /// Number of limbs in use (limbs at and above `size` are zero).
    size: usize,
    base: [u32; LIMBS],
}

impl Big {
    pub fn from_u64(v: u64) -> Big {
        let mut b = Big { size: 0, base: [0u32; LIMBS] };
        b.base[0] = v as u32;
        b.base[1] = (v >> 32) as u32;
        b.size = if b.base[1] != 0 { 2 } else if b.base[0] != 0 { 1 } else { 0 };
        b
    }

    pub fn dup(&self) -> Big {
        Big { size: self.size, base: self.base }
    }

    pub fn is_zero(&self) -> bool {
        self.size == 0
    }

    fn trim(&mut self) {
        while self.size > 0 && self.base[self.size - 1] == 0 {
            self.size = self.size - 1;
        }
    }

    pub fn add(&mut self, o: &Big) {
        let n = if self.size > o.size { self.size } else { o.size };
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < n {
            let s = self.base[i] as u64 + o.base[i] as u64 + carry;
            self.base[i] = s as u32;
            carry = s >> 32;
            i = i + 1;
        }
        if carry != 0 {
            self.base[n] = carry as u32;
            self.size = n + 1;
        } else {
            self.size = n;
        }
    }

    /// `self -= o`, for `self >= o`.
    pub fn sub(&mut self, o: &Big) {
        let mut borrow: u64 = 0;
        let mut i = 0;
        while i < self.size {
            let a = self.base[i] as u64;
            let b = o.base[i] as u64 + borrow;
            if a >= b {
                self.base[i] = (a - b) as u32;
                borrow = 0;
            } else {
                self.base[i] = ((a + (1u64 << 32)) - b) as u32;
                borrow = 1;
            }
            i = i + 1;
        }
        self.trim();
    }

    pub fn mul_small(&mut self, m: u32) {
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < self.size {
            let p = self.base[i] as u64 * m as u64 + carry;
            self.base[i] = p as u32;
            carry = p >> 32;
            i = i + 1;
        }
        if carry != 0 {
            self.base[self.size] = carry as u32;
            self.size = self.size + 1;
        }
    }

    pub fn mul_pow2(&mut self, n: usize) {
        let limbs = n / 32;
        let bits = (n % 32) as u32;
        if limbs > 0 && self.size > 0 {
            let mut i = self.size;
            while i > 0 {
                i = i - 1;
                self.base[i + limbs] = self.base[i];
            }
            let mut j = 0;
            while j < limbs {
                self.base[j] = 0;
                j = j + 1;
            }
            self.size = self.size + limbs;
        }
        if bits > 0 && self.size > 0 {
            let top = self.base[self.size - 1] >> (32 - bits);
            let mut i = self.size - 1;
            while i > limbs {
                self.base[i] = (self.base[i] << bits) | (self.base[i - 1] >> (32 - bits));
                i = i - 1;
            }
            self.base[limbs] = self.base[limbs] << bits;
            if top != 0 {
                self.base[self.size] = top;
                self.size = self.size + 1;
            }
        }
    }

    pub fn mul_pow10(&mut self, n: usize) {
        let mut n = n;
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n = n - 9;
        }
        let mut p: u32 = 1;
        while n > 0 {
            p = p * 10;
            n = n - 1;
        }
        if p != 1 {
            self.mul_small(p);
        }
    }

    /// -1, 0 or 1 as `self` is less than, equal to or greater than `o`.
    pub fn cmp(&self, o: &Big) -> i32 {
        if self.size != o.size {
            return if self.size < o.size { -1 } else { 1 };
        }
        let mut i = self.size;
        while i > 0 {
            i = i - 1;
            if self.base[i] != o.base[i] {
                return if self.base[i] < o.base[i] { -1 } else { 1 };
            }
        }
        0
    }

    /// Number of significant bits.
    pub fn bit_length(&self) -> usize {
        if self.size == 0 {
            return 0;
        }
        let mut top = self.base[self.size - 1];
        let mut n = 0;
        while top != 0 {
            n = n + 1;
            top = top >> 1;
        }
        (self.size - 1) * 32 + n
    }
}

impl Big {
    pub fn add_small(&mut self, v: u32) {
        let mut carry = v as u64;
        let mut i = 0;
        while carry != 0 {
            if i == self.size {
                self.size = self.size + 1;
            }
            let s = self.base[i] as u64 + carry;
            self.base[i] = s as u32;
            carry = s >> 32;
            i = i + 1;
        }
    }

    /// `self >>= 1`.
    pub fn shr1(&mut self) {
        let mut i = 0;
        while i < self.size {
            let hi = if i + 1 < self.size { self.base[i + 1] << 31 } else { 0 };
            self.base[i] = (self.base[i] >> 1) | hi;
            i = i + 1;
        }
        self.trim();
    }

    /// Bits `[from, from + 64)` as a u64, and whether any bit below `from` is set.
    pub fn bits_at(&self, from: usize) -> (u64, bool) {
        let mut v: u64 = 0;
        let mut k = 0;
        while k < 64 {
            let bit = from + k;
            let limb = bit / 32;
            if limb < self.size && (self.base[limb] >> (bit % 32)) & 1 == 1 {
                v = v | (1u64 << k);
            }
            k = k + 1;
        }
        let mut sticky = false;
        let mut b = 0;
        while b < from && !sticky {
            let limb = b / 32;
            if b % 32 == 0 && limb < self.size && self.base[limb] == 0 && b + 32 <= from {
                b = b + 32;
                continue;
            }
            if limb < self.size && (self.base[limb] >> (b % 32)) & 1 == 1 {
                sticky = true;
            }
            b = b + 1;
        }
        (v, sticky)
    }
}
