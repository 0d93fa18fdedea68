// Two error sources converted into one application error with From, `?` on both Result
// and Option, and map_err for an error that has no From impl.
#[derive(Debug, Clone, PartialEq)]
enum StorageError {
    NotFound(u32),
    Corrupt { block: u32, checksum: u8 },
}

#[derive(Debug, Clone, PartialEq)]
enum AuthError {
    Denied,
    Expired(u32),
}

#[derive(Debug, PartialEq)]
enum AppError {
    Storage(StorageError),
    Auth(AuthError),
    Invalid(&'static str),
}

impl From<StorageError> for AppError {
    fn from(e: StorageError) -> AppError {
        AppError::Storage(e)
    }
}

impl From<AuthError> for AppError {
    fn from(e: AuthError) -> AppError {
        AppError::Auth(e)
    }
}

fn read_block(id: u32) -> Result<u8, StorageError> {
    match id {
        0..=9 => Ok((id * 7) as u8),
        13 => Err(StorageError::Corrupt { block: 13, checksum: 0xab }),
        _ => Err(StorageError::NotFound(id)),
    }
}

fn check_token(token: u32, now: u32) -> Result<u32, AuthError> {
    if token == 0 {
        Err(AuthError::Denied)
    } else if token < now {
        Err(AuthError::Expired(token))
    } else {
        Ok(token)
    }
}

fn first_even(values: &[u8]) -> Option<u8> {
    let v = *values.first()?;
    if v % 2 == 0 { Some(v) } else { None }
}

fn load(token: u32, block: u32) -> Result<u8, AppError> {
    check_token(token, 100)?;
    let data = read_block(block)?;
    let even = first_even(&[data]).ok_or(AppError::Invalid("odd data"))?;
    Ok(even / 2)
}

fn load_all(blocks: &[u32]) -> Result<u32, AppError> {
    let mut sum = 0u32;
    for b in blocks.iter() {
        sum += read_block(*b).map_err(|e| match e {
            StorageError::NotFound(_) => AppError::Invalid("missing block"),
            other => AppError::Storage(other),
        })? as u32;
    }
    Ok(sum)
}

fn main() {
    println!("{:?}", load(500, 2));
    println!("{:?}", load(500, 3));
    println!("{:?}", load(0, 2));
    println!("{:?}", load(50, 2));
    println!("{:?}", load(500, 13));
    println!("{:?}", load(500, 77));
    println!("{:?}", load_all(&[1, 2, 3]));
    println!("{:?}", load_all(&[1, 20, 3]));
    println!("{:?}", load_all(&[13]));
    println!("{:?}", first_even(&[]));
    let r: Result<u8, AppError> = read_block(4).map_err(AppError::from);
    println!("{:?} {}", r, r.is_ok());
    let e: AppError = From::from(AuthError::Denied);
    println!("{:?}", e);
}
