// Naming conventions: types and variants in UpperCamelCase, values and modules in
// snake_case, statics and constants in UPPER_CASE.
#![allow(dead_code)]

struct http_request {
    Method: String,
    path: String,
}

enum log_level {
    debug,
    Warning,
    ERROR_CODE,
}

trait parse_input {
    type output_type;
    const max_len: usize;
    fn ParseAll(&self) -> Self::output_type;
}

static default_port: u16 = 8080;
const retry_count: u32 = 3;

mod NetUtils {
    pub fn OpenSocket(PortNumber: u16) -> u16 {
        let Doubled = PortNumber * 2;
        Doubled
    }
}

struct Config<t> {
    value: t,
}

impl http_request {
    const default_path: &'static str = "/";

    fn IsSecure(&self) -> bool {
        self.path.starts_with("https")
    }
}

fn ComputeTotal(Items: &[u32]) -> u32 {
    let mut RunningSum = 0;
    let mut Index = 0;
    while Index < Items.len() {
        RunningSum += Items[Index];
        Index += 1;
    }
    RunningSum
}

#[no_mangle]
pub extern "C" fn ExportedEntry() {}

fn main() {
    let req = http_request { Method: String::from("GET"), path: String::from("/") };
    println!("{} {}", req.IsSecure(), ComputeTotal(&[1, 2, 3]));
    println!("{} {}", NetUtils::OpenSocket(default_port), retry_count);
    let http_request { Method, path: RequestPath } = req;
    println!("{} {}", Method, RequestPath);
}
