// Matrices as Vec<Vec<f64>>: construction, transpose, multiply, identity, printing.
#[derive(Clone, Debug, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Vec<f64>>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![vec![0.0; cols]; rows] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m.data[i][i] = 1.0;
        }
        m
    }

    fn from(rows: Vec<Vec<f64>>) -> Matrix {
        let r = rows.len();
        let c = if r == 0 { 0 } else { rows[0].len() };
        Matrix { rows: r, cols: c, data: rows }
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                t.data[j][i] = self.data[i][j];
            }
        }
        t
    }

    fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut out = Matrix::zeros(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let mut sum = 0.0;
                for k in 0..self.cols {
                    sum += self.data[i][k] * other.data[k][j];
                }
                out.data[i][j] = sum;
            }
        }
        Some(out)
    }

    fn print(&self, name: &str) {
        println!("{} ({}x{}):", name, self.rows, self.cols);
        for row in &self.data {
            let mut cells: Vec<String> = Vec::new();
            for x in row {
                cells.push(format!("{:7.2}", x));
            }
            println!("  [{}]", cells.join(" "));
        }
    }
}

fn main() {
    let a = Matrix::from(vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]]);
    let b = a.transpose();
    a.print("a");
    b.print("b = a^T");
    let c = a.mul(&b).unwrap();
    c.print("a * b");
    let i = Matrix::identity(2);
    println!("i * c == c: {}", i.mul(&c).unwrap() == c);
    match a.mul(&a) {
        Some(m) => println!("a * a has {} rows", m.rows),
        None => println!("a * a: dimensions do not match"),
    }
    let mut h = Matrix::zeros(3, 3);
    for r in 0..3 {
        for col in 0..3 {
            h.data[r][col] = 1.0 / ((r + col + 1) as f64);
        }
    }
    h.print("hilbert");
    let mut trace = 0.0;
    for k in 0..3 {
        trace += h.data[k][k];
    }
    println!("trace {:.4}", trace);
}
