//! Bonuses (賞与): the withholding tax and the social insurance of one bonus (shared/japan-rules.md
//! §12). Pure rules; the rate tables are data (`assets/payroll/bonus-withholding-rates-2026.csv`,
//! 国税庁「賞与に対する源泉徴収税額の算出率の表（令和8年分）」, and `…-2025.csv` for 2020–2025).
//!
//! Tax: (bonus − its social insurance) × the rate chosen by the previous month's pay after social
//! insurance and the dependants (甲) or 乙, yen fractions dropped — unless there was no previous
//! pay, or the bonus after insurance is more than ten times it: then the 月額表 method (NTA
//! No.2523). Insurance: 標準賞与額 = the bonus floored to ¥1,000; health (with 介護 and 支援金)
//! capped at ¥5,730,000 a fiscal year across the year's bonuses, pension at ¥1,500,000 a month;
//! employment insurance on the bonus itself.

use anyhow::{Result, bail};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::insurance::{half_of, round_employee_share_50_sen};
use super::tax::{Column, WithholdingTable};

/// 標準賞与額 for health insurance is capped at this sum per fiscal year (April–March), across
/// all bonuses of the year (健康保険法45条).
pub const HEALTH_YEAR_CAP: i64 = 5_730_000;
/// 標準賞与額 for pension is capped at this per month (厚生年金保険法24条の4).
pub const PENSION_MONTH_CAP: i64 = 1_500_000;

/// The 算出率の表: per column (`kou0`..`kou6`, `kou7plus`, `otsu`), bands of the previous
/// month's pay after insurance and their rate per 100,000 (復興特別所得税 included).
#[derive(Debug, Clone, Default)]
pub struct BonusRateTable {
    rows: Vec<(String, i64, Option<i64>, i64)>,
}

impl BonusRateTable {
    /// Reads the table's CSV (`column,min,max_exclusive,rate_per_100000`).
    pub fn from_csv(text: &str) -> Result<BonusRateTable> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate().skip(1) {
            let row = match line.trim().split(',').collect::<Vec<_>>().as_slice() {
                [column, min, max, rate] => parse_rate_row(column, min, max, rate),
                _ => Err(anyhow::anyhow!("4 fields expected")),
            };
            rows.push(row.map_err(|e| anyhow::anyhow!("bonus rate table line {}: {e}", i + 1))?);
        }
        Ok(BonusRateTable { rows })
    }

    /// The table bundled with bko for bonuses paid in `year`: 令和8年分 for 2026, and the table
    /// in force unchanged from 令和2年分 to 令和7年分 for 2020–2025 (see assets/payroll/README.md).
    pub fn bundled(year: i32) -> Result<BonusRateTable> {
        match year {
            2026 => BonusRateTable::from_csv(include_str!(
                "../../assets/payroll/bonus-withholding-rates-2026.csv"
            )),
            2020..=2025 => BonusRateTable::from_csv(include_str!(
                "../../assets/payroll/bonus-withholding-rates-2025.csv"
            )),
            other => bail!(
                "the 賞与に対する源泉徴収税額の算出率の表 for {other} is not in this bko (it has 2020–2026)"
            ),
        }
    }

    /// The rate per 100,000 for a previous month's pay after insurance.
    pub fn rate(&self, previous: i64, column: Column, dependants: u32) -> Result<i64> {
        let key = match (column, dependants) {
            (Column::Otsu, _) => "otsu".to_string(),
            (Column::Kou, 7..) => "kou7plus".to_string(),
            (Column::Kou, n) => format!("kou{n}"),
        };
        self.rows
            .iter()
            .find(|(c, min, max, _)| {
                *c == key && previous >= *min && max.is_none_or(|m| previous < m)
            })
            .map(|r| r.3)
            .ok_or_else(|| anyhow::anyhow!("no bonus rate for {key} at {previous}"))
    }
}

/// One row of the rate table: (column, min, max_exclusive, rate per 100,000).
fn parse_rate_row(
    column: &str,
    min: &str,
    max: &str,
    rate: &str,
) -> Result<(String, i64, Option<i64>, i64)> {
    let max = if max.is_empty() {
        None
    } else {
        Some(max.parse()?)
    };
    Ok((column.to_string(), min.parse()?, max, rate.parse()?))
}

/// How a bonus's tax was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BonusTaxMethod {
    /// The 算出率の表, at this rate per 100,000.
    Rate(i64),
    /// The 月額表 method with n months (no previous pay, or a bonus over ten times it).
    Monthly(i64),
}

/// What the tax of a bonus depends on.
pub struct BonusTaxInput<'a> {
    /// The bonus after its social insurance.
    pub bonus_after_insurance: i64,
    /// The previous month's pay after its social insurance; None (or ≤ 0) when there was none.
    pub previous_after_insurance: Option<i64>,
    /// 甲 or 乙.
    pub column: Column,
    /// 扶養親族等の数.
    pub dependants: u32,
    /// Whether the bonus is for a period of more than six months (n = 12 instead of 6).
    pub period_over_six_months: bool,
    /// The 算出率の表.
    pub rates: &'a BonusRateTable,
    /// The 月額表 of the payment's year.
    pub monthly: &'a WithholdingTable,
}

/// The withholding tax of a bonus (所得税法186条, NTA タックスアンサー No.2523).
pub fn bonus_withholding(input: &BonusTaxInput) -> Result<(i64, BonusTaxMethod)> {
    let a = input.bonus_after_insurance.max(0);
    let previous = input.previous_after_insurance.filter(|p| *p > 0);
    let n = if input.period_over_six_months { 12 } else { 6 };
    let monthly = |amount: i64| input.monthly.lookup(amount, input.column, input.dependants);
    match previous {
        // No pay the month before: 月額表(⌊A÷n⌋) × n.
        None => Ok((monthly(a / n)? * n, BonusTaxMethod::Monthly(n))),
        // More than ten times the previous pay: (月額表(⌊A÷n⌋ + P) − 月額表(P)) × n.
        Some(p) if a > 10 * p => {
            let tax = (monthly(a / n + p)? - monthly(p)?) * n;
            Ok((tax.max(0), BonusTaxMethod::Monthly(n)))
        }
        Some(p) => {
            let rate = input.rates.rate(p, input.column, input.dependants)?;
            // Yen fractions dropped.
            let tax = Decimal::from(a) * Decimal::from(rate) / dec!(100000);
            Ok((i64::try_from(tax.floor())?, BonusTaxMethod::Rate(rate)))
        }
    }
}

/// What the insurance of a bonus depends on.
#[derive(Debug, Clone, Copy)]
pub struct BonusInsuranceInput {
    /// The bonus.
    pub bonus: i64,
    /// 標準賞与額 already counted for health this fiscal year (earlier bonuses).
    pub health_year_before: i64,
    /// 標準賞与額 already counted for pension this month (earlier bonuses of the month).
    pub pension_month_before: i64,
    /// Enrolled in health insurance and pension (and charged this month: not the month of leaving
    /// unless on its last day).
    pub social_insurance: bool,
    /// 介護保険 applies.
    pub care: bool,
    /// Enrolled in employment insurance.
    pub employment_insurance: bool,
    /// Health rate, percent.
    pub health_rate: Decimal,
    /// 介護保険 rate, percent.
    pub care_rate: Decimal,
    /// 子ども・子育て支援金 rate, percent.
    pub support_rate: Decimal,
    /// 厚生年金 rate, percent.
    pub pension_rate: Decimal,
    /// 雇用保険 employee rate, percent.
    pub employment_rate: Decimal,
}

/// The employee's insurance on a bonus.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BonusInsurance {
    /// 標準賞与額 (the bonus floored to ¥1,000).
    pub standard_bonus: i64,
    /// What counts for health after the fiscal-year cap.
    pub health_base: i64,
    /// What counts for pension after the monthly cap.
    pub pension_base: i64,
    /// 健康保険.
    pub health: i64,
    /// 介護保険.
    pub care: i64,
    /// 子ども・子育て支援金.
    pub support: i64,
    /// 厚生年金.
    pub pension: i64,
    /// 雇用保険.
    pub employment: i64,
}

impl BonusInsurance {
    /// All the employee's premiums.
    pub fn total(&self) -> i64 {
        self.health + self.care + self.support + self.pension + self.employment
    }
}

/// The 標準賞与額: the bonus with its thousands dropped.
pub fn standard_bonus(bonus: i64) -> i64 {
    bonus.max(0) / 1000 * 1000
}

/// The employee's premiums on a bonus; health and care are one premium, their combined half
/// rounded once (as for monthly pay).
pub fn bonus_insurance(i: &BonusInsuranceInput) -> BonusInsurance {
    let standard = standard_bonus(i.bonus);
    let mut out = BonusInsurance {
        standard_bonus: standard,
        ..BonusInsurance::default()
    };
    if i.social_insurance {
        out.health_base = standard.min((HEALTH_YEAR_CAP - i.health_year_before).max(0));
        out.pension_base = standard.min((PENSION_MONTH_CAP - i.pension_month_before).max(0));
        let care_rate = if i.care { i.care_rate } else { Decimal::ZERO };
        out.health = round_employee_share_50_sen(half_of(out.health_base, i.health_rate));
        out.care = round_employee_share_50_sen(half_of(out.health_base, i.health_rate + care_rate))
            - out.health;
        out.support = round_employee_share_50_sen(half_of(out.health_base, i.support_rate));
        out.pension = round_employee_share_50_sen(half_of(out.pension_base, i.pension_rate));
    }
    if i.employment_insurance {
        out.employment =
            round_employee_share_50_sen(Decimal::from(i.bonus) * i.employment_rate / dec!(100));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payroll::tax::tests::table_2026;

    fn input<'a>(
        a: i64,
        previous: Option<i64>,
        dependants: u32,
        rates: &'a BonusRateTable,
        monthly: &'a WithholdingTable,
    ) -> BonusTaxInput<'a> {
        BonusTaxInput {
            bonus_after_insurance: a,
            previous_after_insurance: previous,
            column: Column::Kou,
            dependants,
            period_over_six_months: false,
            rates,
            monthly,
        }
    }

    /// 国税庁 タックスアンサー No.2523 「賞与に対する源泉徴収」の計算例: bonus ¥554,000, its
    /// insurance ¥85,593, previous month's pay after insurance ¥196,616, two dependants → the
    /// 甲 2人 band 143,000–276,000 at 2.042% → ¥9,564.
    #[test]
    fn the_nta_example_by_the_rate_table() {
        let rates = BonusRateTable::bundled(2026).unwrap();
        let monthly = table_2026();
        let (tax, method) =
            bonus_withholding(&input(554_000 - 85_593, Some(196_616), 2, &rates, &monthly))
                .unwrap();
        assert_eq!(method, BonusTaxMethod::Rate(2042));
        assert_eq!(tax, 9_564);
    }

    /// Rates at band edges of the 令和8年分 table (the CSV rows, NTA 15-16.pdf).
    #[test]
    fn rates_at_band_edges() {
        let rates = BonusRateTable::bundled(2026).unwrap();
        let cases = [
            (81_999, Column::Kou, 0, 0),
            (82_000, Column::Kou, 0, 2042),
            (93_999, Column::Kou, 0, 2042),
            (94_000, Column::Kou, 0, 4084),
            (142_999, Column::Kou, 2, 0),
            (143_000, Column::Kou, 2, 2042),
            (3_559_000, Column::Kou, 2, 45945),
            (0, Column::Otsu, 0, 10210),
            (223_999, Column::Otsu, 3, 10210),
            (224_000, Column::Otsu, 0, 20420),
            (1_118_000, Column::Otsu, 0, 45945),
        ];
        for (previous, column, dependants, rate) in cases {
            assert_eq!(
                rates.rate(previous, column, dependants).unwrap(),
                rate,
                "{previous} {column:?} {dependants}"
            );
        }
        assert_eq!(
            rates.rate(500_000, Column::Kou, 9).unwrap(),
            rates.rate(500_000, Column::Kou, 7).unwrap()
        );
    }

    /// The 令和2年分〜令和7年分 table (bonuses paid 2020–2025) at band edges: 甲0 starts taxing at
    /// ¥68,000, 甲2 at ¥133,000, 甲7+ tops out at ¥3,717,000, 乙 steps at ¥222,000 (NTA
    /// 「賞与に対する源泉徴収税額の算出率の表（令和7年分）」). The NTA example above falls in the 甲2
    /// band 133,000–269,000 there too, so a 2025 bonus of the same figures is also ¥9,564.
    #[test]
    fn the_2020_to_2025_table() {
        let rates = BonusRateTable::bundled(2025).unwrap();
        let cases = [
            (67_999, Column::Kou, 0, 0),
            (68_000, Column::Kou, 0, 2042),
            (79_000, Column::Kou, 0, 4084),
            (132_999, Column::Kou, 2, 0),
            (133_000, Column::Kou, 2, 2042),
            (268_999, Column::Kou, 2, 2042),
            (269_000, Column::Kou, 2, 4084),
            (3_716_999, Column::Kou, 8, 41861),
            (3_717_000, Column::Kou, 7, 45945),
            (221_999, Column::Otsu, 0, 10210),
            (222_000, Column::Otsu, 0, 20420),
            (1_118_000, Column::Otsu, 2, 45945),
        ];
        for (previous, column, dependants, rate) in cases {
            assert_eq!(
                rates.rate(previous, column, dependants).unwrap(),
                rate,
                "{previous} {column:?} {dependants}"
            );
        }
        assert_eq!(
            BonusRateTable::bundled(2020)
                .unwrap()
                .rate(300_000, Column::Kou, 0)
                .unwrap(),
            8168
        );
        let error = BonusRateTable::bundled(2019).unwrap_err().to_string();
        assert!(error.contains("2019"), "{error}");
        assert!(BonusRateTable::bundled(2027).is_err());
    }

    /// No previous pay: 月額表(⌊A÷6⌋) × 6. A = 1,200,000, 0 dependants: ⌊1,200,000÷6⌋ = 200,000,
    /// whose 令和8年分 月額表 甲0 row (199,000–201,000) is ¥4,340 → ¥26,040.
    #[test]
    fn without_previous_pay_the_monthly_table_six_times() {
        let rates = BonusRateTable::bundled(2026).unwrap();
        let monthly = table_2026();
        let (tax, method) =
            bonus_withholding(&input(1_200_000, None, 0, &rates, &monthly)).unwrap();
        assert_eq!(method, BonusTaxMethod::Monthly(6));
        assert_eq!(tax, 26_040);
        let (zero_previous, _) =
            bonus_withholding(&input(1_200_000, Some(0), 0, &rates, &monthly)).unwrap();
        assert_eq!(zero_previous, tax);
    }

    /// Over ten times the previous pay: (月額表(⌊A÷6⌋ + P) − 月額表(P)) × 6; exactly ten times
    /// still uses the rate table ("exceeds" is strict).
    #[test]
    fn over_ten_times_the_previous_pay_the_monthly_table_method() {
        let rates = BonusRateTable::bundled(2026).unwrap();
        let monthly = table_2026();
        let p = 150_000;
        let a = 10 * p + 6;
        let expected = (monthly.lookup(a / 6 + p, Column::Kou, 1).unwrap()
            - monthly.lookup(p, Column::Kou, 1).unwrap())
            * 6;
        let (tax, method) = bonus_withholding(&input(a, Some(p), 1, &rates, &monthly)).unwrap();
        assert_eq!((tax, method), (expected, BonusTaxMethod::Monthly(6)));
        let (_, at_ten) = bonus_withholding(&input(10 * p, Some(p), 1, &rates, &monthly)).unwrap();
        assert!(matches!(at_ten, BonusTaxMethod::Rate(_)));
        let mut over_six_months = input(a, Some(p), 1, &rates, &monthly);
        over_six_months.period_over_six_months = true;
        let (_, method) = bonus_withholding(&over_six_months).unwrap();
        assert_eq!(method, BonusTaxMethod::Monthly(12));
    }

    fn insured(bonus: i64, health_before: i64, pension_before: i64) -> BonusInsuranceInput {
        BonusInsuranceInput {
            bonus,
            health_year_before: health_before,
            pension_month_before: pension_before,
            social_insurance: true,
            care: false,
            employment_insurance: true,
            health_rate: dec!(9.85),
            care_rate: dec!(1.62),
            support_rate: dec!(0.23),
            pension_rate: dec!(18.3),
            employment_rate: dec!(0.5),
        }
    }

    /// 標準賞与額 floors to ¥1,000; health 9.85% (東京都 令和8年度) half = ¥24,625 on 500,000;
    /// pension 18.3% half = ¥45,750; 支援金 0.23% half = ¥575; employment 0.5% of the actual
    /// 500,999 = 2,504.995 → ¥2,505 (over 50 sen rounds up).
    #[test]
    fn premiums_on_the_standard_bonus() {
        let i = bonus_insurance(&insured(500_999, 0, 0));
        assert_eq!(i.standard_bonus, 500_000);
        assert_eq!(
            (i.health, i.care, i.support, i.pension),
            (24_625, 0, 575, 45_750)
        );
        assert_eq!(i.employment, 2_505);
        assert_eq!(i.total(), 24_625 + 575 + 45_750 + 2_505);
    }

    /// The health cap counts every bonus of the fiscal year: with ¥5,500,000 counted, a
    /// ¥1,000,000 bonus adds ¥230,000 and the next adds nothing; pension is capped per month:
    /// ¥1,200,000 already this month leaves ¥300,000.
    #[test]
    fn the_yearly_health_cap_and_the_monthly_pension_cap() {
        let first = bonus_insurance(&insured(1_000_000, 5_500_000, 1_200_000));
        assert_eq!((first.health_base, first.pension_base), (230_000, 300_000));
        let second = bonus_insurance(&insured(1_000_000, 5_730_000, 1_500_000));
        assert_eq!((second.health_base, second.pension_base), (0, 0));
        assert_eq!((second.health, second.pension), (0, 0));
        assert_eq!(second.employment, 5_000, "employment insurance has no cap");
        let single = bonus_insurance(&insured(3_000_000, 0, 0));
        assert_eq!(single.pension_base, PENSION_MONTH_CAP);
        assert_eq!(single.health_base, 3_000_000);
    }

    /// Health and care are one premium: the combined half is rounded once (§4).
    #[test]
    fn care_is_rounded_with_health() {
        let mut i = insured(333_000, 0, 0);
        i.care = true;
        let b = bonus_insurance(&i);
        let combined = round_employee_share_50_sen(half_of(333_000, dec!(11.47)));
        assert_eq!(b.health + b.care, combined);
    }
}
