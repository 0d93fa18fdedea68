// A configuration lookup whose last step unwraps an Err: the panic names the caller's line.
#[derive(Debug)]
enum LookupError {
    Missing { key: &'static str },
}

fn lookup(key: &'static str) -> Result<u32, LookupError> {
    match key {
        "port" => Ok(8080),
        "workers" => Ok(4),
        _ => Err(LookupError::Missing { key }),
    }
}

fn main() {
    let port = lookup("port").unwrap();
    let workers = lookup("workers").expect("workers must be configured");
    println!("port {} with {} workers", port, workers);
    let first = Some(port).filter(|p| *p > 1024).unwrap();
    println!("unprivileged port {}", first);
    if let Err(LookupError::Missing { key }) = lookup("threads") {
        println!("{} is not configured", key);
    }
    let timeout = lookup("timeout").unwrap();
    println!("unreachable {}", timeout);
}
