// A fixed-size matrix whose dimensions are const generic parameters: multiplication only
// type-checks when the inner dimensions agree, and the result's shape is computed by the
// type system.
use std::fmt;
use std::ops::{Add, Mul};

#[derive(Clone, Copy, PartialEq, Debug)]
struct Matrix<const R: usize, const C: usize> {
    data: [[i64; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn zero() -> Self {
        Matrix { data: [[0; C]; R] }
    }

    fn from_rows(data: [[i64; C]; R]) -> Self {
        Matrix { data }
    }

    fn rows(&self) -> usize {
        R
    }

    fn cols(&self) -> usize {
        C
    }

    fn transpose(&self) -> Matrix<C, R> {
        let mut out = Matrix::<C, R>::zero();
        for i in 0..R {
            for j in 0..C {
                out.data[j][i] = self.data[i][j];
            }
        }
        out
    }

    fn row_sums(&self) -> [i64; R] {
        let mut sums = [0; R];
        for (i, row) in self.data.iter().enumerate() {
            sums[i] = row.iter().sum();
        }
        sums
    }

    fn scale(self, k: i64) -> Self {
        Matrix { data: self.data.map(|row| row.map(|x| x * k)) }
    }
}

impl<const N: usize> Matrix<N, N> {
    fn identity() -> Self {
        let mut m = Self::zero();
        for i in 0..N {
            m.data[i][i] = 1;
        }
        m
    }

    fn trace(&self) -> i64 {
        (0..N).map(|i| self.data[i][i]).sum()
    }

    fn pow(&self, mut e: u32) -> Self {
        let mut base = *self;
        let mut acc = Self::identity();
        while e > 0 {
            if e & 1 == 1 {
                acc = acc * base;
            }
            base = base * base;
            e >>= 1;
        }
        acc
    }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;

    fn mul(self, rhs: Matrix<K, C>) -> Matrix<R, C> {
        let mut out = Matrix::<R, C>::zero();
        for i in 0..R {
            for j in 0..C {
                let mut acc = 0;
                for k in 0..K {
                    acc += self.data[i][k] * rhs.data[k][j];
                }
                out.data[i][j] = acc;
            }
        }
        out
    }
}

impl<const R: usize, const C: usize> Add for Matrix<R, C> {
    type Output = Self;

    fn add(self, rhs: Self) -> Self {
        let mut out = self;
        for i in 0..R {
            for j in 0..C {
                out.data[i][j] += rhs.data[i][j];
            }
        }
        out
    }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Matrix {}x{}", R, C)?;
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|x| format!("{:>4}", x)).collect();
            writeln!(f, "  [{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn dot<const N: usize>(a: [i64; N], b: [i64; N]) -> i64 {
    let mut s = 0;
    for i in 0..N {
        s += a[i] * b[i];
    }
    s
}

fn main() {
    let a = Matrix::from_rows([[1, 2, 3], [4, 5, 6]]);
    let b = Matrix::from_rows([[7, 8], [9, 10], [11, 12]]);
    let c = a * b;
    print!("{}", a);
    print!("{}", b);
    print!("{}", c);
    println!("shape of a*b: {}x{}", c.rows(), c.cols());

    let t = a.transpose();
    print!("{}", t);
    println!("a == a^T^T: {}", a == t.transpose());
    println!("row sums of a: {:?}", a.row_sums());
    println!("scaled: {:?}", a.scale(10).data);

    let fib = Matrix::from_rows([[1, 1], [1, 0]]);
    for n in [1, 5, 10, 30] {
        println!("fib({}) = {}", n, fib.pow(n).data[0][1]);
    }
    let i3 = Matrix::<3, 3>::identity();
    let m3 = Matrix::from_rows([[2, 0, 1], [1, 3, 2], [1, 1, 1]]);
    println!("trace(m3) = {}, trace(m3 + I) = {}", m3.trace(), (m3 + i3).trace());
    println!("m3 * I == m3: {}", m3 * i3 == m3);
    println!("dot = {}", dot([1, 2, 3, 4], [5, 6, 7, 8]));

    let wide = Matrix::<1, 40>::zero();
    let tall = wide.transpose();
    println!("{}x{} -> {}x{}", wide.rows(), wide.cols(), tall.rows(), tall.cols());
    let outer = tall * Matrix::<1, 2>::from_rows([[3, 4]]);
    println!("outer: {}x{}, sum {}", outer.rows(), outer.cols(), outer.row_sums().iter().sum::<i64>());
}
