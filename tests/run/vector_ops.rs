// Operator overloading on a generic vector type: Add/Sub/Mul/Neg/AddAssign/Index for
// Vec3<T> built on T's own operator traits, and generic sums over T: Add<Output = T>.
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec3<T> {
    x: T,
    y: T,
    z: T,
}

impl<T> Vec3<T> {
    fn new(x: T, y: T, z: T) -> Self {
        Vec3 { x, y, z }
    }
}

impl<T: Add<Output = T>> Add for Vec3<T> {
    type Output = Vec3<T>;
    fn add(self, o: Vec3<T>) -> Vec3<T> {
        Vec3::new(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

impl<T: Sub<Output = T>> Sub for Vec3<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Vec3::new(self.x - o.x, self.y - o.y, self.z - o.z)
    }
}

/// Scaling by a scalar of the element type.
impl<T: Mul<Output = T> + Copy> Mul<T> for Vec3<T> {
    type Output = Vec3<T>;
    fn mul(self, k: T) -> Vec3<T> {
        Vec3::new(self.x * k, self.y * k, self.z * k)
    }
}

impl<T: Neg<Output = T>> Neg for Vec3<T> {
    type Output = Vec3<T>;
    fn neg(self) -> Vec3<T> {
        Vec3::new(-self.x, -self.y, -self.z)
    }
}

impl<T: AddAssign> AddAssign for Vec3<T> {
    fn add_assign(&mut self, o: Vec3<T>) {
        self.x += o.x;
        self.y += o.y;
        self.z += o.z;
    }
}

impl<T> Index<usize> for Vec3<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        match i {
            0 => &self.x,
            1 => &self.y,
            _ => &self.z,
        }
    }
}

impl<T> IndexMut<usize> for Vec3<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        match i {
            0 => &mut self.x,
            1 => &mut self.y,
            _ => &mut self.z,
        }
    }
}

fn dot<T: Mul<Output = T> + Add<Output = T> + Copy>(a: Vec3<T>, b: Vec3<T>) -> T {
    a.x * b.x + a.y * b.y + a.z * b.z
}

fn sum_all<T: Add<Output = T> + Copy>(first: T, rest: &[T]) -> T {
    let mut acc = first;
    for i in 0..rest.len() {
        acc = acc + rest[i];
    }
    acc
}

fn twice<T>(v: T) -> <T as Add>::Output
where
    T: Add + Copy,
{
    v + v
}

fn main() {
    let a = Vec3::new(1, 2, 3);
    let b = Vec3::new(4, 5, 6);
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", a * 10);
    println!("{:?}", -a);
    println!("dot {}", dot(a, b));

    let mut c = Vec3::new(0.5f64, 1.5, -2.0);
    c += Vec3::new(0.25, 0.25, 0.25);
    c[2] = c[0] * 4.0;
    println!("{:?} dot {}", c, dot(c, c));
    println!("{}", a == Vec3::new(1, 2, 3));

    println!("{}", sum_all(1u8, &[2, 3, 4]));
    println!("{}", sum_all(0.5f32, &[0.25, 0.125]));
    println!("{:?}", sum_all(a, &[b, b]));
    println!("{} {:?}", twice(21i64), twice(Vec3::new(1u16, 2, 3)));
    println!("{}", twice(2.5f64));
    let total: i32 = (1..=4).map(|i| dot(Vec3::new(i, i, i), a)).sum();
    println!("{}", total);
}
