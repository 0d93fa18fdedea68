//! 64-bit division for targets without a 64-bit divide instruction (libgcc's names).

/// Unsigned 64-bit division by shift and subtract; stores the remainder through `rem`
/// when it is not null. Division by zero is undefined behaviour, as in libgcc.
#[no_mangle]
pub unsafe extern "C" fn __udivmoddi4(n: u64, d: u64, rem: *mut u64) -> u64 {
    let mut q: u64 = 0;
    let mut r: u64 = 0;
    let mut i: u32 = 64;
    while i > 0 {
        i = i - 1;
        r = (r << 1) | ((n >> i) & 1);
        if r >= d {
            r = r - d;
            q = q | (1u64 << i);
        }
    }
    if rem as usize != 0 {
        *rem = r;
    }
    q
}

#[no_mangle]
pub unsafe extern "C" fn __udivdi3(n: u64, d: u64) -> u64 {
    __udivmoddi4(n, d, 0 as *mut u64)
}

#[no_mangle]
pub unsafe extern "C" fn __umoddi3(n: u64, d: u64) -> u64 {
    let mut r: u64 = 0;
    __udivmoddi4(n, d, &mut r as *mut u64);
    r
}

/// Magnitude of a signed value as unsigned, without overflow for i64::MIN.
fn magnitude(x: i64) -> u64 {
    if x < 0 { !(x as u64) + 1 } else { x as u64 }
}

fn negate(x: u64) -> u64 {
    !x + 1
}

/// Signed division truncating toward zero; the remainder takes the dividend's sign.
#[no_mangle]
pub unsafe extern "C" fn __divmoddi4(a: i64, b: i64, rem: *mut i64) -> i64 {
    let mut r: u64 = 0;
    let q = __udivmoddi4(magnitude(a), magnitude(b), &mut r as *mut u64);
    let q_signed = if (a < 0) != (b < 0) { negate(q) } else { q };
    if rem as usize != 0 {
        *rem = (if a < 0 { negate(r) } else { r }) as i64;
    }
    q_signed as i64
}

#[no_mangle]
pub unsafe extern "C" fn __divdi3(a: i64, b: i64) -> i64 {
    __divmoddi4(a, b, 0 as *mut i64)
}

#[no_mangle]
pub unsafe extern "C" fn __moddi3(a: i64, b: i64) -> i64 {
    let mut r: i64 = 0;
    __divmoddi4(a, b, &mut r as *mut i64);
    r
}

/// Unsigned 32-bit division for cores without a divide instruction (ARMv6-M, ARMv7-A
/// without the optional hwdiv extension).
#[no_mangle]
pub unsafe extern "C" fn __udivmodsi4(n: u32, d: u32, rem: *mut u32) -> u32 {
    let mut q: u32 = 0;
    let mut r: u32 = 0;
    let mut i: u32 = 32;
    while i > 0 {
        i = i - 1;
        r = (r << 1) | ((n >> i) & 1);
        if r >= d {
            r = r - d;
            q = q | (1u32 << i);
        }
    }
    if rem as usize != 0 {
        *rem = r;
    }
    q
}

fn magnitude32(x: i32) -> u32 {
    if x < 0 { !(x as u32) + 1 } else { x as u32 }
}

#[no_mangle]
pub unsafe extern "C" fn __divmodsi4(a: i32, b: i32, rem: *mut i32) -> i32 {
    let mut r: u32 = 0;
    let q = __udivmodsi4(magnitude32(a), magnitude32(b), &mut r as *mut u32);
    let q_signed = if (a < 0) != (b < 0) { !q + 1 } else { q };
    if rem as usize != 0 {
        *rem = (if a < 0 { !r + 1 } else { r }) as i32;
    }
    q_signed as i32
}

#[no_mangle]
pub unsafe extern "C" fn __udivsi3(n: u32, d: u32) -> u32 {
    __udivmodsi4(n, d, 0 as *mut u32)
}

#[no_mangle]
pub unsafe extern "C" fn __umodsi3(n: u32, d: u32) -> u32 {
    let mut r: u32 = 0;
    __udivmodsi4(n, d, &mut r as *mut u32);
    r
}

#[no_mangle]
pub unsafe extern "C" fn __divsi3(a: i32, b: i32) -> i32 {
    __divmodsi4(a, b, 0 as *mut i32)
}

#[no_mangle]
pub unsafe extern "C" fn __modsi3(a: i32, b: i32) -> i32 {
    let mut r: i32 = 0;
    __divmodsi4(a, b, &mut r as *mut i32);
    r
}
