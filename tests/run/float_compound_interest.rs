// Compound interest: yearly balances, monthly and continuous compounding, the time to
// double, and a loan's monthly payment with an amortization summary.

struct Account {
    principal: f64,
    rate: f64,
}

impl Account {
    fn balance(&self, years: u32, periods_per_year: u32) -> f64 {
        let n = periods_per_year as f64;
        self.principal * (1.0 + self.rate / n).powi((periods_per_year * years) as i32)
    }

    fn continuous(&self, years: f64) -> f64 {
        self.principal * (self.rate * years).exp()
    }

    fn years_to_double(&self) -> f64 {
        2.0f64.ln() / (1.0 + self.rate).ln()
    }
}

fn monthly_payment(amount: f64, annual_rate: f64, years: u32) -> f64 {
    let r = annual_rate / 12.0;
    let n = (years * 12) as f64;
    amount * r / (1.0 - (1.0 + r).powf(-n))
}

fn main() {
    let acct = Account { principal: 1000.0, rate: 0.05 };
    println!("{:>4} {:>12} {:>12}", "year", "yearly", "monthly");
    for year in 0..=10 {
        println!("{:>4} {:>12.2} {:>12.2}", year, acct.balance(year, 1), acct.balance(year, 12));
    }
    println!("continuous, 10 years: {:.6}", acct.continuous(10.0));
    println!("years to double at 5%: {:.3} (rule of 72 says {})", acct.years_to_double(), 72.0 / 5.0);
    let rates = [0.01, 0.03, 0.07, 0.12];
    for i in 0..rates.len() {
        let a = Account { principal: 2500.0, rate: rates[i] };
        let gain = a.balance(30, 12) - a.principal;
        println!("rate {:>5.1}%: 30 years -> {:>12.2} (gain {:+.2}, x{:.3})", rates[i] * 100.0, a.balance(30, 12), gain, a.balance(30, 12) / a.principal);
    }
    let loan = 250_000.0;
    let pay = monthly_payment(loan, 0.045, 30);
    println!("loan {} at 4.5% over 30 years: monthly payment {:.2}", loan, pay);
    let mut balance = loan;
    let mut interest_paid = 0.0;
    for month in 1..=360 {
        let interest = balance * 0.045 / 12.0;
        interest_paid += interest;
        balance -= pay - interest;
        if month % 60 == 0 {
            println!("  after {:>3} months: balance {:>11.2}, interest so far {:>11.2}", month, balance.max(0.0), interest_paid);
        }
    }
    println!("total paid {:.2}", pay * 360.0);
    println!("{}", (1.0f64 + 1.0 / 1e6).powf(1e6));
}
