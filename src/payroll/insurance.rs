//! Social and employment insurance: 標準報酬月額 grades, the employee shares and their rounding,
//! and when 介護保険 applies.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::kernel::period::Month;

/// One 標準報酬月額 grade: remuneration in [min, max_exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// Health grade (1-50).
    pub health_grade: i64,
    /// Pension grade (1-32), None outside the pension range.
    pub pension_grade: Option<i64>,
    /// The standard monthly remuneration.
    pub standard_monthly: i64,
    /// 報酬月額 from.
    pub min: i64,
    /// 報酬月額 below (None: no upper limit).
    pub max_exclusive: Option<i64>,
}

/// The grade table in force.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grades(pub Vec<Grade>);

impl Grades {
    /// The health grade whose range holds `remuneration` (報酬月額).
    pub fn for_remuneration(&self, remuneration: i64) -> Result<&Grade> {
        self.0
            .iter()
            .find(|g| remuneration >= g.min && g.max_exclusive.is_none_or(|m| remuneration < m))
            .ok_or_else(|| anyhow::anyhow!("no 標準報酬月額 grade for {remuneration} yen"))
    }

    /// The health grade of a standard monthly amount (it must be one of the table's amounts).
    pub fn by_standard(&self, standard: i64) -> Result<&Grade> {
        match self.0.iter().find(|g| g.standard_monthly == standard) {
            Some(g) => Ok(g),
            None => bail!("{standard} is not a 標準報酬月額 of the grade table (e.g. 300000)"),
        }
    }

    /// The pension standard for a health standard: the pension grades cover health grades 4-35;
    /// below, pension grade 1; above, pension grade 32 (厚生年金保険法20条).
    pub fn pension_standard(&self, health_standard: i64) -> Result<i64> {
        let g = self.by_standard(health_standard)?;
        let with_pension: Vec<&Grade> = self
            .0
            .iter()
            .filter(|g| g.pension_grade.is_some())
            .collect();
        let (first, last) = match (with_pension.first(), with_pension.last()) {
            (Some(f), Some(l)) => (f, l),
            _ => bail!("the grade table has no pension grades"),
        };
        Ok(if g.pension_grade.is_some() {
            g.standard_monthly
        } else if g.health_grade < first.health_grade {
            first.standard_monthly
        } else {
            last.standard_monthly
        })
    }
}

/// Rounds an employee's insurance share deducted from pay: a fraction of 50 sen or less is
/// dropped, over 50 sen rounds up to the yen (健康保険法・厚生年金保険法 practice, 通貨の単位及び
/// 貨幣の発行等に関する法律 第3条; 協会けんぽ 保険料額表 notes). Used for every employee share,
/// employment insurance included.
pub fn round_employee_share_50_sen(amount: Decimal) -> i64 {
    let whole = amount.trunc();
    let fraction = amount - whole;
    let yen = if fraction > dec!(0.5) {
        whole + Decimal::ONE
    } else {
        whole
    };
    i64::try_from(yen).unwrap_or(0)
}

/// Rounds a wage amount (a premium's monthly total, an hourly wage): under 50 sen dropped, 50
/// sen or more up (昭63.3.14 基発150号).
pub fn round_wage_50_sen(amount: Decimal) -> i64 {
    let yen =
        amount.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    i64::try_from(yen).unwrap_or(0)
}

/// One half of a premium on a standard amount at `percent`, before rounding.
pub fn half_of(standard: i64, percent: Decimal) -> Decimal {
    Decimal::from(standard) * percent / dec!(100) / dec!(2)
}

/// Whether 介護保険 (第2号被保険者) is charged for a premium month: from the month containing
/// the day before the 40th birthday to the month before the one containing the day before the
/// 65th birthday (介護保険法9条, 年齢計算ニ関スル法律).
pub fn nursing_care_applies(birth: NaiveDate, premium_month: Month) -> bool {
    let day_before = |years: u32| {
        birth
            .checked_add_months(chrono::Months::new(12 * years))
            .and_then(|d| d.pred_opt())
            .map(Month::of)
    };
    match (day_before(40), day_before(65)) {
        (Some(start), Some(end)) => premium_month >= start && premium_month < end,
        _ => false,
    }
}

/// The premium months one pay collects. Health and pension are owed from the month of 資格取得
/// (the hire date) to the month before the one containing 資格喪失日 (the day after leaving), so
/// the month of leaving is owed only when the employee leaves on its last day (健保法156条3項,
/// 厚年法19条). Normally a pay collects one month's premium (the previous month's under 翌月徴収);
/// the last pay of a leaver also collects every later month still owed, since no pay follows
/// (健保法167条1項 ただし書) — under 翌月徴収, two months.
pub fn premium_months(
    hire: NaiveDate,
    leave: Option<NaiveDate>,
    premium: Month,
    work_month: Month,
) -> Vec<Month> {
    let first = Month::of(hire);
    let lost = leave.map(|l| Month::of(l.succ_opt().unwrap_or(l)));
    let insured = |m: Month| m >= first && lost.is_none_or(|lost| m < lost);
    let mut months = vec![premium];
    if let (Some(leave), Some(lost)) = (leave, lost)
        && leave <= work_month.last_day()
    {
        let mut m = premium.next();
        while m < lost {
            months.push(m);
            m = m.next();
        }
    }
    months.into_iter().filter(|m| insured(*m)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grades() -> Grades {
        let csv = include_str!("../../assets/payroll/standard-remuneration-grades.csv");
        Grades(
            csv.lines()
                .skip(1)
                .map(|l| {
                    let f: Vec<&str> = l.split(',').collect();
                    Grade {
                        health_grade: f[0].parse().unwrap(),
                        pension_grade: f[1].parse().ok(),
                        standard_monthly: f[2].parse().unwrap(),
                        min: f[3].parse().unwrap(),
                        max_exclusive: f[4].parse().ok(),
                    }
                })
                .collect(),
        )
    }

    // 協会けんぽ 保険料額表 (令和8年度): 305,000 → 300,000 (health 22 / pension 19); 62,000 →
    // 58,000, pension 88,000; 700,000 → 710,000, pension 650,000; the boundaries are [min, max).
    #[test]
    fn grades_at_their_boundaries() {
        let g = grades();
        assert_eq!(
            g.for_remuneration(305_000).unwrap().standard_monthly,
            300_000
        );
        assert_eq!(g.for_remuneration(305_000).unwrap().health_grade, 22);
        assert_eq!(g.for_remuneration(62_999).unwrap().standard_monthly, 58_000);
        assert_eq!(g.for_remuneration(63_000).unwrap().standard_monthly, 68_000);
        assert_eq!(
            g.for_remuneration(289_999).unwrap().standard_monthly,
            280_000
        );
        assert_eq!(
            g.for_remuneration(290_000).unwrap().standard_monthly,
            300_000
        );
        assert_eq!(
            g.for_remuneration(5_000_000).unwrap().standard_monthly,
            1_390_000
        );
        assert_eq!(g.pension_standard(58_000).unwrap(), 88_000);
        assert_eq!(g.pension_standard(710_000).unwrap(), 650_000);
        assert_eq!(g.pension_standard(300_000).unwrap(), 300_000);
        assert!(g.by_standard(301_000).is_err());
    }

    // The 50-sen rule: 50 sen exactly is dropped for a share deducted from pay, 50.01 rounds up.
    #[test]
    fn fifty_sen_rules() {
        assert_eq!(round_employee_share_50_sen(dec!(14775.50)), 14_775);
        assert_eq!(round_employee_share_50_sen(dec!(14775.51)), 14_776);
        assert_eq!(round_employee_share_50_sen(dec!(14775.49)), 14_775);
        assert_eq!(round_wage_50_sen(dec!(2343.49)), 2_343);
        assert_eq!(round_wage_50_sen(dec!(2343.50)), 2_344);
        // Tokyo 令和8年度, 300,000: health 9.85% → 14,775; pension 18.3% → 27,450.
        assert_eq!(
            round_employee_share_50_sen(half_of(300_000, dec!(9.85))),
            14_775
        );
        assert_eq!(
            round_employee_share_50_sen(half_of(300_000, dec!(18.3))),
            27_450
        );
        // 介護 1.62% on 300,000 = 2,430; 支援金 0.23% = 345.
        assert_eq!(
            round_employee_share_50_sen(half_of(300_000, dec!(1.62))),
            2_430
        );
        assert_eq!(
            round_employee_share_50_sen(half_of(300_000, dec!(0.23))),
            345
        );
    }

    #[test]
    fn premiums_run_from_the_month_of_joining_to_the_month_before_losing_cover() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let m = |month| Month { year: 2026, month };
        let hired = d(2020, 4, 1);
        // 翌月徴収, April's work paid in May: April's premium.
        assert_eq!(premium_months(hired, None, m(4), m(4)), vec![m(4)]);
        // Joined on 15 April, April paid in April (premium March): nothing yet; May collects April.
        assert_eq!(premium_months(d(2026, 4, 15), None, m(3), m(4)), vec![]);
        assert_eq!(premium_months(d(2026, 4, 15), None, m(4), m(5)), vec![m(4)]);
        // Left on 15 April: April is not owed (喪失 16 April), March is.
        assert_eq!(
            premium_months(hired, Some(d(2026, 4, 15)), m(4), m(4)),
            vec![]
        );
        assert_eq!(
            premium_months(hired, Some(d(2026, 4, 15)), m(3), m(4)),
            vec![m(3)]
        );
        // Left on 30 April, paid in April under 翌月徴収: March and April on the last pay.
        assert_eq!(
            premium_months(hired, Some(d(2026, 4, 30)), m(3), m(4)),
            vec![m(3), m(4)]
        );
        // Left on 30 April, April paid in May: April only.
        assert_eq!(
            premium_months(hired, Some(d(2026, 4, 30)), m(4), m(4)),
            vec![m(4)]
        );
        // A pay before the last one of a leaver collects one month.
        assert_eq!(
            premium_months(hired, Some(d(2026, 6, 30)), m(3), m(4)),
            vec![m(3)]
        );
    }

    #[test]
    fn nursing_care_starts_in_the_month_of_the_day_before_the_40th_birthday() {
        let m = |y, mo| Month { year: y, month: mo };
        let born = NaiveDate::from_ymd_opt(1986, 5, 10).unwrap();
        assert!(!nursing_care_applies(born, m(2026, 4)));
        assert!(nursing_care_applies(born, m(2026, 5)));
        // Born on the 1st: the day before the birthday is in the previous month.
        let first = NaiveDate::from_ymd_opt(1986, 6, 1).unwrap();
        assert!(nursing_care_applies(first, m(2026, 5)));
        assert!(!nursing_care_applies(first, m(2026, 4)));
        // Ends the month before the day before the 65th birthday: born 1961-08-10 → last July 2026.
        let old = NaiveDate::from_ymd_opt(1961, 8, 10).unwrap();
        assert!(nursing_care_applies(old, m(2026, 7)));
        assert!(!nursing_care_applies(old, m(2026, 8)));
    }
}
