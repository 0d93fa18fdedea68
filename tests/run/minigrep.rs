// needs-fs
// The Rust Book's minigrep (chapters 12 and 13): the query and file come from the command
// line (tests/run/minigrep.args), IGNORE_CASE from the environment. The program first
// writes the poem it searches, so it runs in any (writable) working directory.
use std::env;
use std::error::Error;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process;

const POEM: &str = "\
I'm nobody! Who are you?
Are you nobody, too?
Then there's a pair of us - don't tell!
They'd banish us, you know.

How dreary to be somebody!
How public, like a frog
To tell your name the livelong day
To an admiring bog!
";

pub struct Config {
    pub query: String,
    pub file_path: String,
    pub ignore_case: bool,
}

impl Config {
    pub fn build(mut args: impl Iterator<Item = String>) -> Result<Config, &'static str> {
        args.next();

        let query = match args.next() {
            Some(arg) => arg,
            None => return Err("Didn't get a query string"),
        };

        let file_path = match args.next() {
            Some(arg) => arg,
            None => return Err("Didn't get a file path"),
        };

        let ignore_case = env::var("IGNORE_CASE").is_ok();

        Ok(Config { query, file_path, ignore_case })
    }
}

pub fn run(config: Config) -> Result<(), Box<dyn Error>> {
    let contents = fs::read_to_string(config.file_path)?;

    let results = if config.ignore_case {
        search_case_insensitive(&config.query, &contents)
    } else {
        search(&config.query, &contents)
    };

    for line in results {
        println!("{line}");
    }

    Ok(())
}

pub fn search<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    contents.lines().filter(|line| line.contains(query)).collect()
}

pub fn search_case_insensitive<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    let query = query.to_lowercase();
    let mut results = Vec::new();

    for line in contents.lines() {
        if line.to_lowercase().contains(&query) {
            results.push(line);
        }
    }

    results
}

/// Writes the matches to a report file line by line, then reads it back through a
/// BufReader, numbering the lines.
fn report(query: &str, contents: &str, path: &str) -> io::Result<usize> {
    let mut out = File::create(path)?;
    for line in search_case_insensitive(query, contents) {
        writeln!(out, "{}", line)?;
    }
    drop(out);

    let reader = BufReader::new(File::open(path)?);
    let mut count = 0;
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        println!("{:>3}: {}", i + 1, line);
        count += 1;
    }
    Ok(count)
}

fn main() {
    if let Err(e) = fs::write("poem.txt", POEM) {
        eprintln!("cannot write the poem: {e}");
        process::exit(2);
    }

    let args: Vec<String> = env::args().skip(1).collect();
    println!("{} arguments after the program name: {:?}", env::args().len() - 1, args);
    println!("second argument: {:?}", env::args().nth(2));
    match env::var("IGNORE_CASE") {
        Ok(v) => println!("IGNORE_CASE={v}"),
        Err(e) => println!("IGNORE_CASE: {e} ({e:?})"),
    }
    let path_is_set = env::vars().any(|(key, _)| key == "PATH");
    println!("PATH is set: {}", path_is_set);

    let config = Config::build(env::args()).unwrap_or_else(|err| {
        eprintln!("Problem parsing arguments: {err}");
        process::exit(1);
    });
    println!("Searching for {:?} in {}", config.query, config.file_path);
    if let Err(e) = run(config) {
        eprintln!("Application error: {e}");
        process::exit(1);
    }

    let contents = fs::read_to_string("poem.txt").expect("the poem was just written");
    println!("case-insensitive \"tO\":");
    for line in search_case_insensitive("tO", &contents) {
        println!("  {line}");
    }
    match report("how", &contents, "report.txt") {
        Ok(n) => println!("{n} lines in the report"),
        Err(e) => println!("report failed: {e}"),
    }
    let bytes = fs::read("report.txt").unwrap();
    println!("report.txt holds {} bytes, first {:?}", bytes.len(), bytes[0] as char);

    let mut text = String::new();
    let mut file = File::open("poem.txt").unwrap();
    let n = file.read_to_string(&mut text).unwrap();
    println!("read_to_string: {} bytes, {} lines, same text: {}", n, text.lines().count(), text == POEM);

    // A file that does not exist: the error's kind, and its message without the OS code,
    // which is the platform's errno (2 on Linux, 44 on WASI).
    match fs::read_to_string("no-such-poem.txt") {
        Ok(_) => println!("unexpectedly found no-such-poem.txt"),
        Err(e) => {
            let shown = e.to_string();
            let message = shown.split(" (os error").next().unwrap();
            println!("missing file: {:?}, {}", e.kind(), message);
            let errno_enoent = if cfg!(target_os = "wasi") { 44 } else { 2 };
            println!("os error is ENOENT: {}", e.raw_os_error() == Some(errno_enoent));
            println!("shown with its code: {}", shown.ends_with(&format!(" (os error {errno_enoent})")));
        }
    }

    // The Book's error path: too few arguments end the program with status 1.
    let short = vec![String::from("minigrep"), String::from("frog")];
    let config = Config::build(short.into_iter()).unwrap_or_else(|err| {
        eprintln!("Problem parsing arguments: {err}");
        process::exit(1);
    });
    println!("not reached: {}", config.query);
}
