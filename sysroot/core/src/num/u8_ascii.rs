//! ASCII classification and case conversion of bytes (`b.is_ascii_digit()`,
//! `b.to_ascii_uppercase()`), and of byte slices.

impl u8 {
    pub const fn is_ascii(&self) -> bool {
        *self < 128
    }
    pub const fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_uppercase() || self.is_ascii_lowercase()
    }
    pub const fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }
    pub const fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }
    pub const fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }
    pub const fn is_ascii_octdigit(&self) -> bool {
        *self >= b'0' && *self <= b'7'
    }
    pub const fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= b'a' && *self <= b'f') || (*self >= b'A' && *self <= b'F')
    }
    pub const fn is_ascii_punctuation(&self) -> bool {
        (*self >= b'!' && *self <= b'/') || (*self >= b':' && *self <= b'@') || (*self >= b'[' && *self <= b'`') || (*self >= b'{' && *self <= b'~')
    }
    pub const fn is_ascii_graphic(&self) -> bool {
        *self >= b'!' && *self <= b'~'
    }
    /// Space, tab, line feed, form feed and carriage return (not vertical tab), as Rust's.
    pub const fn is_ascii_whitespace(&self) -> bool {
        *self == b' ' || *self == b'\t' || *self == b'\n' || *self == 0x0C || *self == b'\r'
    }
    pub const fn is_ascii_control(&self) -> bool {
        *self < 32 || *self == 127
    }
    pub const fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }
    pub const fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
}

impl [u8] {
    /// Whether every byte is ASCII.
    pub fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if self[i] >= 128 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether the two are equal ignoring ASCII case.
    pub fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if !self[i].eq_ignore_ascii_case(&other[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn make_ascii_uppercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            self[i] = self[i].to_ascii_uppercase();
            i += 1;
        }
    }

    pub fn make_ascii_lowercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            self[i] = self[i].to_ascii_lowercase();
            i += 1;
        }
    }

    /// The bytes without leading and trailing ASCII whitespace.
    pub fn trim_ascii(&self) -> &[u8] {
        self.trim_ascii_start().trim_ascii_end()
    }

    pub fn trim_ascii_start(&self) -> &[u8] {
        let mut i = 0;
        while i < self.len() && self[i].is_ascii_whitespace() {
            i += 1;
        }
        &self[i..]
    }

    pub fn trim_ascii_end(&self) -> &[u8] {
        let mut end = self.len();
        while end > 0 && self[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        &self[..end]
    }
}
