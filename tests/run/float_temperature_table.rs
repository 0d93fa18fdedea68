// Temperature conversion tables: Celsius to Fahrenheit and Kelvin, and back.

fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn fahrenheit_to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn celsius_to_kelvin(c: f64) -> f64 {
    c + 273.15
}

fn describe(c: f64) -> &'static str {
    if c < 0.0 {
        "freezing"
    } else if c < 15.0 {
        "cold"
    } else if c < 25.0 {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    println!("{:>8} {:>8} {:>8}  {}", "C", "F", "K", "feel");
    let mut c = -40.0;
    while c <= 40.0 {
        let f = celsius_to_fahrenheit(c);
        println!("{:>8.1} {:>8.1} {:>8.2}  {}", c, f, celsius_to_kelvin(c), describe(c));
        c += 7.5;
    }
    println!();
    let readings = [98.6, 32.0, 212.0, -459.67, 451.0, 0.0];
    let mut total = 0.0;
    for i in 0..readings.len() {
        let f = readings[i];
        total += f;
        let c = fahrenheit_to_celsius(f);
        println!("{}F = {}C = {:.3}C (round trip {})", f, c, c, celsius_to_fahrenheit(c));
    }
    let avg = total / readings.len() as f64;
    println!("average reading: {:.4}F", avg);
    let body = 37.0f32;
    println!("f32: {}C is {}F", body, body * 1.8 + 32.0);
}
