//! memcpy, memmove, memset, memcmp and bcmp, byte by byte.

#[no_mangle]
pub unsafe extern "C" fn memcpy(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    let mut i: usize = 0;
    while i < n {
        *((dest as usize + i) as *mut u8) = *((src as usize + i) as *const u8);
        i = i + 1;
    }
    dest
}

#[no_mangle]
pub unsafe extern "C" fn memmove(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dest as usize) < (src as usize) {
        let mut i: usize = 0;
        while i < n {
            *((dest as usize + i) as *mut u8) = *((src as usize + i) as *const u8);
            i = i + 1;
        }
    } else {
        let mut i: usize = n;
        while i > 0 {
            i = i - 1;
            *((dest as usize + i) as *mut u8) = *((src as usize + i) as *const u8);
        }
    }
    dest
}

#[no_mangle]
pub unsafe extern "C" fn memset(dest: *mut u8, c: i32, n: usize) -> *mut u8 {
    let mut i: usize = 0;
    while i < n {
        *((dest as usize + i) as *mut u8) = c as u8;
        i = i + 1;
    }
    dest
}

#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i: usize = 0;
    while i < n {
        let x = *((a as usize + i) as *const u8);
        let y = *((b as usize + i) as *const u8);
        if x != y {
            return (x as i32) - (y as i32);
        }
        i = i + 1;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    memcmp(a, b, n)
}
