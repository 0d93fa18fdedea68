// A small 2D geometry module: vectors with operator overloading, polygons (area by the
// shoelace formula, perimeter, centroid), circles and angles in degrees.

mod geometry {
    use std::ops::{Add, Mul, Neg, Sub};

    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Vec2 {
        pub x: f64,
        pub y: f64,
    }

    impl Vec2 {
        pub fn new(x: f64, y: f64) -> Vec2 {
            Vec2 { x, y }
        }
        pub fn length(self) -> f64 {
            self.x.hypot(self.y)
        }
        pub fn dot(self, o: Vec2) -> f64 {
            self.x * o.x + self.y * o.y
        }
        pub fn cross(self, o: Vec2) -> f64 {
            self.x * o.y - self.y * o.x
        }
        pub fn normalized(self) -> Vec2 {
            let l = self.length();
            Vec2::new(self.x / l, self.y / l)
        }
        pub fn angle_deg(self) -> f64 {
            self.y.atan2(self.x).to_degrees()
        }
        pub fn rotated(self, degrees: f64) -> Vec2 {
            let (s, c) = degrees.to_radians().sin_cos();
            Vec2::new(self.x * c - self.y * s, self.x * s + self.y * c)
        }
    }

    impl Add for Vec2 {
        type Output = Vec2;
        fn add(self, o: Vec2) -> Vec2 {
            Vec2::new(self.x + o.x, self.y + o.y)
        }
    }

    impl Sub for Vec2 {
        type Output = Vec2;
        fn sub(self, o: Vec2) -> Vec2 {
            Vec2::new(self.x - o.x, self.y - o.y)
        }
    }

    impl Mul<f64> for Vec2 {
        type Output = Vec2;
        fn mul(self, k: f64) -> Vec2 {
            Vec2::new(self.x * k, self.y * k)
        }
    }

    impl Neg for Vec2 {
        type Output = Vec2;
        fn neg(self) -> Vec2 {
            Vec2::new(-self.x, -self.y)
        }
    }

    pub fn area(poly: &[Vec2]) -> f64 {
        let mut twice = 0.0;
        for i in 0..poly.len() {
            let j = (i + 1) % poly.len();
            twice += poly[i].cross(poly[j]);
        }
        twice.abs() / 2.0
    }

    pub fn perimeter(poly: &[Vec2]) -> f64 {
        let mut p = 0.0;
        for i in 0..poly.len() {
            p += (poly[(i + 1) % poly.len()] - poly[i]).length();
        }
        p
    }

    pub fn centroid(poly: &[Vec2]) -> Vec2 {
        let mut c = Vec2::new(0.0, 0.0);
        for i in 0..poly.len() {
            c = c + poly[i];
        }
        c * (1.0 / poly.len() as f64)
    }
}

use geometry::Vec2;
use std::f64::consts::PI;

fn main() {
    let a = Vec2::new(3.0, 4.0);
    let b = Vec2::new(-1.5, 2.0);
    println!("a = ({}, {}), |a| = {}", a.x, a.y, a.length());
    println!("a + b = {:?}", a + b);
    println!("a - b = {:?}", a - b);
    println!("-a * 2.5 = {:?}", -a * 2.5);
    println!("a . b = {}, a x b = {}", a.dot(b), a.cross(b));
    let n = a.normalized();
    println!("unit a = ({:.4}, {:.4}), angle {:.3} deg", n.x, n.y, a.angle_deg());
    let angle = (a.dot(b) / (a.length() * b.length())).acos().to_degrees();
    println!("angle between a and b: {:.2} deg", angle);
    let r = Vec2::new(1.0, 0.0).rotated(90.0);
    println!("(1, 0) rotated 90 deg: ({:.6}, {:.6}) {:?}", r.x, r.y, r.x.abs() < 1e-12);
    let square = [Vec2::new(0.0, 0.0), Vec2::new(2.0, 0.0), Vec2::new(2.0, 2.0), Vec2::new(0.0, 2.0)];
    let tri = [Vec2::new(0.0, 0.0), Vec2::new(4.0, 0.0), Vec2::new(1.0, 3.0)];
    println!("square: area {}, perimeter {}, centroid {:?}", geometry::area(&square), geometry::perimeter(&square), geometry::centroid(&square));
    let c = geometry::centroid(&tri);
    println!("triangle: area {}, perimeter {:.5}, centroid ({:.4}, {:.4})", geometry::area(&tri), geometry::perimeter(&tri), c.x, c.y);
    let mut hexagon = [Vec2::new(0.0, 0.0); 6];
    for i in 0..6 {
        hexagon[i] = Vec2::new(1.0, 0.0).rotated(60.0 * i as f64);
    }
    let exact = 3.0 * 3.0f64.sqrt() / 2.0;
    println!("hexagon area {:.12} (exact {:.12})", geometry::area(&hexagon), exact);
    let radii = [0.5, 1.0, 2.0, 10.0];
    for i in 0..radii.len() {
        let radius = radii[i];
        println!("circle r={:<4} circumference {:>10.4} area {:>10.4}", radius, 2.0 * PI * radius, PI * radius * radius);
    }
    println!("a == a: {}, a == b: {}", a == a, a == b);
}
