//! 年末調整 (year-end adjustment), 令和8年分: from a year's pay, bonuses and withheld tax and the
//! employee's declarations to the year's tax and the refund or the tax still to collect
//! (shared/japan-rules.md §13; 国税庁「令和8年分 年末調整のしかた」, 所得税法190条). Pure rules:
//! every step is kept so the adjustment can be shown line by line and printed on the 源泉徴収票.

// The official tables are bands read top-down by their upper bound; the matches below are
// written the same way (the first arm that fits wins), so overlapping open ranges are intended.
#![allow(clippy::match_overlapping_arm)]

use anyhow::{Result, bail};

/// Pay over this is out of the adjustment (所得税法190条; the employee files a return).
pub const SALARY_LIMIT: i64 = 20_000_000;

/// 給与所得控除後の給与等の金額 (所得税法別表第五, as changed by the 令和7年度 reform: the minimum
/// deduction ¥740,000 for 令和8年分 per §13).
pub fn employment_income(salary: i64) -> i64 {
    match salary {
        ..741_000 => 0,
        ..2_191_000 => salary - 740_000,
        ..2_193_000 => 1_451_000,
        ..2_196_000 => 1_453_000,
        ..2_200_000 => 1_456_000,
        ..6_600_000 => {
            let a = salary / 4_000 * 4_000;
            if a < 3_600_000 {
                a * 7 / 10 - 80_000
            } else {
                a * 8 / 10 - 440_000
            }
        }
        ..8_500_000 => salary * 9 / 10 - 1_100_000,
        _ => salary - 1_950_000,
    }
}

/// 基礎控除 by the employee's 合計所得金額 (令和8年分, §13).
pub fn basic_deduction(total_income: i64) -> i64 {
    match total_income {
        ..=4_890_000 => 1_040_000,
        ..=6_550_000 => 670_000,
        ..=23_500_000 => 620_000,
        ..=24_000_000 => 480_000,
        ..=24_500_000 => 320_000,
        ..=25_000_000 => 160_000,
        _ => 0,
    }
}

/// Income at or below which a relative is a 同一生計配偶者 or a 扶養親族 (令和8年分: ¥620,000).
pub const DEPENDANT_INCOME_LIMIT: i64 = 620_000;

/// 配偶者控除 (spouse income ≤ ¥620,000) or 配偶者特別控除 (up to ¥1,330,000), by the employee's
/// total income (≤ 9M / 9.5M / 10M); an elderly spouse (70+) raises 配偶者控除 only.
pub fn spouse_deduction(employee_income: i64, spouse_income: i64, elderly: bool) -> i64 {
    let tier = match employee_income {
        ..=9_000_000 => 0,
        ..=9_500_000 => 1,
        ..=10_000_000 => 2,
        _ => return 0,
    };
    if spouse_income <= DEPENDANT_INCOME_LIMIT {
        let amounts = if elderly {
            [480_000, 320_000, 160_000]
        } else {
            [380_000, 260_000, 130_000]
        };
        return amounts[tier];
    }
    // 配偶者特別控除: bands of the spouse's income (upper bounds) and the three amounts.
    const BANDS: [(i64, [i64; 3]); 9] = [
        (950_000, [380_000, 260_000, 130_000]),
        (1_000_000, [360_000, 240_000, 120_000]),
        (1_050_000, [310_000, 210_000, 110_000]),
        (1_100_000, [260_000, 180_000, 90_000]),
        (1_150_000, [210_000, 140_000, 70_000]),
        (1_200_000, [160_000, 110_000, 60_000]),
        (1_250_000, [110_000, 80_000, 40_000]),
        (1_300_000, [60_000, 40_000, 20_000]),
        (1_330_000, [30_000, 20_000, 10_000]),
    ];
    BANDS
        .iter()
        .find(|(upper, _)| spouse_income <= *upper)
        .map_or(0, |(_, amounts)| amounts[tier])
}

/// A disability (障害者控除: 一般 ¥270,000, 特別 ¥400,000, 同居特別 ¥750,000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Disability {
    /// None.
    #[default]
    None,
    /// 障害者.
    General,
    /// 特別障害者.
    Special,
    /// 同居特別障害者 (a relative living with the employee).
    SpecialLivingTogether,
}

impl Disability {
    /// The deduction it gives.
    pub fn deduction(self) -> i64 {
        match self {
            Disability::None => 0,
            Disability::General => 270_000,
            Disability::Special => 400_000,
            Disability::SpecialLivingTogether => 750_000,
        }
    }
}

/// A relative the employee supports, as declared.
#[derive(Debug, Clone, Default)]
pub struct Dependant {
    /// Age on 31 December of the year.
    pub age: u32,
    /// Estimated 合計所得金額.
    pub income: i64,
    /// A parent or grandparent of 70+ living with the employee (同居老親等).
    pub lives_with: bool,
    /// Disability.
    pub disability: Disability,
}

/// 扶養控除 for one relative: 一般 (16–18, 23–69) ¥380,000, 特定 (19–22) ¥630,000, 老人 (70+)
/// ¥480,000 or ¥580,000 living together; under 16 none (年少扶養). A 19–22-year-old earning more
/// than the limit up to ¥1,230,000 gives the 特定親族特別控除 instead.
pub fn dependant_deduction(d: &Dependant) -> i64 {
    if d.age < 16 {
        return 0;
    }
    if d.income <= DEPENDANT_INCOME_LIMIT {
        return match d.age {
            19..=22 => 630_000,
            70.. if d.lives_with => 580_000,
            70.. => 480_000,
            _ => 380_000,
        };
    }
    if !(19..=22).contains(&d.age) {
        return 0;
    }
    // 特定親族特別控除 (令和7年度 reform; lower bound ¥620,000 for 令和8年分 per §13).
    const BANDS: [(i64, i64); 9] = [
        (850_000, 630_000),
        (900_000, 610_000),
        (950_000, 510_000),
        (1_000_000, 410_000),
        (1_050_000, 310_000),
        (1_100_000, 210_000),
        (1_150_000, 110_000),
        (1_200_000, 60_000),
        (1_230_000, 30_000),
    ];
    BANDS
        .iter()
        .find(|(upper, _)| d.income <= *upper)
        .map_or(0, |(_, amount)| *amount)
}

/// Life insurance premiums paid in the year, by category.
#[derive(Debug, Clone, Copy, Default)]
pub struct LifePremiums {
    /// 一般生命保険料, new contracts (from 2012).
    pub new_general: i64,
    /// 介護医療保険料 (new contracts only).
    pub care_medical: i64,
    /// 個人年金保険料, new contracts.
    pub new_pension: i64,
    /// 一般生命保険料, old contracts.
    pub old_general: i64,
    /// 個人年金保険料, old contracts.
    pub old_pension: i64,
}

/// The deduction of one new-contract category (cap ¥40,000).
fn new_contract(p: i64) -> i64 {
    match p {
        ..=20_000 => p,
        ..=40_000 => p / 2 + 10_000,
        ..=80_000 => p / 4 + 20_000,
        _ => 40_000,
    }
}

/// 令和8年分: new 一般生命保険料 of an employee with a dependant under 23 (cap ¥60,000).
fn new_general_with_young_dependant(p: i64) -> i64 {
    match p {
        ..=30_000 => p,
        ..=60_000 => p / 2 + 15_000,
        ..=120_000 => p / 4 + 30_000,
        _ => 60_000,
    }
}

/// The deduction of one old-contract category (cap ¥50,000).
fn old_contract(p: i64) -> i64 {
    match p {
        ..=25_000 => p,
        ..=50_000 => p / 2 + 12_500,
        ..=100_000 => p / 4 + 25_000,
        _ => 50_000,
    }
}

/// 生命保険料控除 (所得税法76条): per category the new, the old, or both (capped as new); in all at
/// most ¥120,000. Fractions of a yen are rounded up (each formula's result is whole here).
pub fn life_insurance_deduction(p: &LifePremiums, young_dependant: bool) -> i64 {
    let (new_general, cap) = if young_dependant {
        (new_general_with_young_dependant(p.new_general), 60_000)
    } else {
        (new_contract(p.new_general), 40_000)
    };
    let category = |new: i64, new_cap: i64, old: i64| -> i64 {
        let old = old_contract(old);
        if new == 0 {
            old
        } else {
            old.max((new + old).min(new_cap))
        }
    };
    let general = category(new_general, cap, p.old_general);
    let pension = category(new_contract(p.new_pension), 40_000, p.old_pension);
    (general + new_contract(p.care_medical) + pension).min(120_000)
}

/// 地震保険料控除 (所得税法77条): earthquake premiums up to ¥50,000, 旧長期損害保険料 up to ¥15,000,
/// together at most ¥50,000.
pub fn earthquake_deduction(earthquake: i64, old_long_term: i64) -> i64 {
    let long = match old_long_term {
        ..=10_000 => old_long_term,
        ..=20_000 => old_long_term / 2 + 5_000,
        _ => 15_000,
    };
    (earthquake.min(50_000) + long).min(50_000)
}

/// The employee's own status.
#[derive(Debug, Clone, Copy, Default)]
pub struct OwnStatus {
    /// Disability.
    pub disability: Disability,
    /// 寡婦.
    pub widow: bool,
    /// ひとり親.
    pub single_parent: bool,
    /// 勤労学生.
    pub working_student: bool,
}

/// Everything one employee's adjustment is computed from.
#[derive(Debug, Clone, Default)]
pub struct YearEndInput {
    /// Taxable pay and bonuses of the year (an earlier employer's included).
    pub salary: i64,
    /// Income tax withheld in the year (an earlier employer's included).
    pub withheld: i64,
    /// Social insurance withheld, paid directly and an earlier employer's.
    pub social_insurance: i64,
    /// 小規模企業共済等掛金.
    pub small_business_mutual: i64,
    /// Life insurance premiums.
    pub life: LifePremiums,
    /// 地震保険料.
    pub earthquake: i64,
    /// 旧長期損害保険料.
    pub old_long_term: i64,
    /// The spouse: (estimated income, 70 or older), when there is one to declare.
    pub spouse: Option<(i64, bool)>,
    /// The spouse's disability.
    pub spouse_disability: Disability,
    /// Relatives supported.
    pub dependants: Vec<Dependant>,
    /// The employee's own status.
    pub own: OwnStatus,
    /// Estimated income other than this pay (for 基礎控除 and the spouse rules).
    pub other_income: i64,
    /// 住宅借入金等特別控除.
    pub housing_loan_credit: i64,
}

/// The adjustment, step by step.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct YearEnd {
    /// 給与等の金額.
    pub salary: i64,
    /// 給与所得控除後の給与等の金額.
    pub employment_income: i64,
    /// 所得金額調整控除.
    pub income_adjustment: i64,
    /// 合計所得金額 (for 基礎控除 and the spouse rules).
    pub total_income: i64,
    /// 社会保険料控除 (+ 小規模企業共済等掛金).
    pub social_insurance: i64,
    /// 生命保険料控除.
    pub life_insurance: i64,
    /// 地震保険料控除.
    pub earthquake: i64,
    /// 配偶者(特別)控除.
    pub spouse: i64,
    /// 扶養控除 and 特定親族特別控除.
    pub dependants: i64,
    /// 障害者・寡婦・ひとり親・勤労学生控除.
    pub personal: i64,
    /// 基礎控除.
    pub basic: i64,
    /// 所得控除の額の合計額.
    pub deductions: i64,
    /// 課税給与所得金額 (floored to ¥1,000).
    pub taxable: i64,
    /// 算出所得税額.
    pub computed_tax: i64,
    /// 住宅借入金等特別控除 used.
    pub housing_loan_credit: i64,
    /// 年調年税額 (× 102.1%, floored to ¥100).
    pub annual_tax: i64,
    /// Tax withheld in the year.
    pub withheld: i64,
    /// Annual tax − withheld: positive is collected, negative refunded.
    pub difference: i64,
}

/// 所得税の速算表 on the taxable amount (所得税法89条).
pub fn income_tax(taxable: i64) -> i64 {
    let (rate_percent, less) = match taxable {
        ..=1_949_000 => (5, 0),
        ..=3_299_000 => (10, 97_500),
        ..=6_949_000 => (20, 427_500),
        ..=8_999_000 => (23, 636_000),
        ..=17_999_000 => (33, 1_536_000),
        ..=39_999_000 => (40, 2_796_000),
        _ => (45, 4_796_000),
    };
    (taxable * rate_percent / 100 - less).max(0)
}

/// 年調年税額: the tax after the housing loan credit with 復興特別所得税 (× 102.1%), floored to
/// ¥100 (復興財源確保法13条, 所得税法190条).
pub fn annual_tax(tax_after_credit: i64) -> i64 {
    tax_after_credit * 1021 / 1000 / 100 * 100
}

/// 所得金額調整控除 (所得税法41条の3の3): pay over ¥8,500,000 with a dependant under 23 or a 特別障害者
/// in the household: (min(pay, 10M) − 8.5M) × 10%, rounded up.
pub fn income_adjustment(salary: i64, applies: bool) -> i64 {
    if !applies || salary <= 8_500_000 {
        return 0;
    }
    let base = salary.min(10_000_000) - 8_500_000;
    (base + 9) / 10
}

/// The adjustment of one employee.
pub fn adjust(i: &YearEndInput) -> Result<YearEnd> {
    if i.salary > SALARY_LIMIT {
        bail!("pay over ¥20,000,000 is not adjusted; the employee files a tax return");
    }
    let mut y = YearEnd {
        salary: i.salary,
        withheld: i.withheld,
        ..YearEnd::default()
    };
    y.employment_income = employment_income(i.salary);
    let young = i.dependants.iter().any(|d| d.age < 23);
    let special = [i.own.disability, i.spouse_disability]
        .into_iter()
        .chain(i.dependants.iter().map(|d| d.disability))
        .any(|d| matches!(d, Disability::Special | Disability::SpecialLivingTogether));
    y.income_adjustment = income_adjustment(i.salary, young || special);
    y.total_income = y.employment_income - y.income_adjustment + i.other_income;
    y.social_insurance = i.social_insurance + i.small_business_mutual;
    y.life_insurance = life_insurance_deduction(&i.life, young);
    y.earthquake = earthquake_deduction(i.earthquake, i.old_long_term);
    y.spouse = i.spouse.map_or(0, |(income, elderly)| {
        spouse_deduction(y.total_income, income, elderly)
    });
    y.dependants = i.dependants.iter().map(dependant_deduction).sum();
    y.personal = personal_deductions(i, y.total_income);
    y.basic = basic_deduction(y.total_income);
    y.deductions = y.social_insurance
        + y.life_insurance
        + y.earthquake
        + y.spouse
        + y.dependants
        + y.personal
        + y.basic;
    let taxable = y.employment_income - y.income_adjustment - y.deductions;
    y.taxable = taxable.max(0) / 1_000 * 1_000;
    y.computed_tax = income_tax(y.taxable);
    y.housing_loan_credit = i.housing_loan_credit.min(y.computed_tax);
    y.annual_tax = annual_tax(y.computed_tax - y.housing_loan_credit);
    y.difference = y.annual_tax - y.withheld;
    Ok(y)
}

/// 寡婦 and ひとり親 need the employee's total income at most this (所得税法2条1項30号・31号).
pub const FAMILY_STATUS_INCOME_LIMIT: i64 = 5_000_000;

/// 障害者控除 (the employee, the spouse if a 同一生計配偶者, each dependant of any age), 寡婦 or
/// ひとり親 (not both; total income ≤ ¥5,000,000), 勤労学生 (own total income ≤ ¥890,000).
fn personal_deductions(i: &YearEndInput, total_income: i64) -> i64 {
    let spouse_counts = i
        .spouse
        .is_some_and(|(income, _)| income <= DEPENDANT_INCOME_LIMIT);
    let relatives = i
        .dependants
        .iter()
        .filter(|d| d.income <= DEPENDANT_INCOME_LIMIT)
        .map(|d| d.disability.deduction())
        .sum::<i64>();
    let own_disability = match i.own.disability {
        Disability::SpecialLivingTogether => Disability::Special.deduction(),
        d => d.deduction(),
    };
    let spouse = if spouse_counts {
        i.spouse_disability.deduction()
    } else {
        0
    };
    let family = if total_income > FAMILY_STATUS_INCOME_LIMIT {
        0
    } else if i.own.single_parent {
        350_000
    } else if i.own.widow {
        270_000
    } else {
        0
    };
    let student = if i.own.working_student && total_income <= 890_000 {
        270_000
    } else {
        0
    };
    own_disability + spouse + relatives + family + student
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 給与所得控除後の金額 at the band edges (所得税法別表第五 as §13 states it).
    #[test]
    fn employment_income_at_the_band_edges() {
        let cases = [
            (740_999, 0),
            (741_000, 1_000),
            (2_190_999, 1_450_999),
            (2_191_000, 1_451_000),
            (2_192_999, 1_451_000),
            (2_193_000, 1_453_000),
            (2_196_000, 1_456_000),
            (2_199_999, 1_456_000),
            // ⌊2,200,000 ÷ 4,000⌋ × 4,000 × 70% − 80,000.
            (2_200_000, 1_460_000),
            (2_203_999, 1_460_000),
            (3_599_999, 3_596_000 * 7 / 10 - 80_000),
            (3_600_000, 2_440_000),
            (6_599_999, 6_596_000 * 8 / 10 - 440_000),
            (6_600_000, 4_840_000),
            (8_499_999, 8_499_999 * 9 / 10 - 1_100_000),
            (8_500_000, 6_550_000),
            (20_000_000, 18_050_000),
        ];
        for (salary, expected) in cases {
            assert_eq!(employment_income(salary), expected, "{salary}");
        }
    }

    #[test]
    fn basic_deduction_by_total_income() {
        for (income, expected) in [
            (4_890_000, 1_040_000),
            (4_890_001, 670_000),
            (6_550_000, 670_000),
            (6_550_001, 620_000),
            (23_500_001, 480_000),
            (25_000_001, 0),
        ] {
            assert_eq!(basic_deduction(income), expected, "{income}");
        }
    }

    #[test]
    fn spouse_and_dependant_deductions() {
        assert_eq!(spouse_deduction(6_000_000, 620_000, false), 380_000);
        assert_eq!(spouse_deduction(6_000_000, 620_001, false), 380_000);
        assert_eq!(spouse_deduction(6_000_000, 1_000_000, false), 360_000);
        assert_eq!(spouse_deduction(9_200_000, 0, true), 320_000);
        assert_eq!(spouse_deduction(6_000_000, 1_330_001, false), 0);
        assert_eq!(spouse_deduction(10_000_001, 0, false), 0);
        let d = |age, income, lives_with| Dependant {
            age,
            income,
            lives_with,
            disability: Disability::None,
        };
        assert_eq!(dependant_deduction(&d(15, 0, false)), 0);
        assert_eq!(dependant_deduction(&d(16, 0, false)), 380_000);
        assert_eq!(dependant_deduction(&d(20, 0, false)), 630_000);
        assert_eq!(dependant_deduction(&d(20, 900_000, false)), 610_000);
        assert_eq!(dependant_deduction(&d(25, 700_000, false)), 0);
        assert_eq!(dependant_deduction(&d(75, 0, true)), 580_000);
        assert_eq!(dependant_deduction(&d(75, 0, false)), 480_000);
    }

    #[test]
    fn insurance_deductions() {
        let new = LifePremiums {
            new_general: 100_000,
            care_medical: 30_000,
            ..LifePremiums::default()
        };
        assert_eq!(life_insurance_deduction(&new, false), 40_000 + 25_000);
        assert_eq!(life_insurance_deduction(&new, true), 55_000 + 25_000);
        let all = LifePremiums {
            new_general: 200_000,
            care_medical: 200_000,
            new_pension: 200_000,
            old_general: 200_000,
            old_pension: 200_000,
        };
        assert_eq!(life_insurance_deduction(&all, false), 120_000);
        let old_only = LifePremiums {
            old_general: 60_000,
            ..LifePremiums::default()
        };
        assert_eq!(life_insurance_deduction(&old_only, false), 40_000);
        assert_eq!(earthquake_deduction(60_000, 0), 50_000);
        assert_eq!(earthquake_deduction(20_000, 30_000), 35_000);
    }

    #[test]
    fn tax_and_rounding() {
        assert_eq!(income_tax(1_949_000), 97_450);
        assert_eq!(income_tax(3_140_000), 216_500);
        // 116,500 × 102.1% = 118,946.5 → ¥118,900.
        assert_eq!(annual_tax(116_500), 118_900);
        assert_eq!(income_adjustment(9_000_000, true), 50_000);
        assert_eq!(income_adjustment(12_000_000, true), 150_000);
        assert_eq!(income_adjustment(9_000_000, false), 0);
    }

    /// Single, pay ¥5,000,000, social insurance ¥750,000, ¥120,000 withheld: 給与所得 3,560,000;
    /// deductions 750,000 + 基礎 1,040,000; taxable 1,770,000 → 5% = 88,500 → × 102.1% =
    /// 90,358.5 → ¥90,300; refund ¥29,700. (Worked by hand from the tables above.)
    #[test]
    fn a_single_employee_is_refunded() {
        let y = adjust(&YearEndInput {
            salary: 5_000_000,
            withheld: 120_000,
            social_insurance: 750_000,
            ..YearEndInput::default()
        })
        .unwrap();
        assert_eq!(y.employment_income, 3_560_000);
        assert_eq!(y.deductions, 1_790_000);
        assert_eq!(y.taxable, 1_770_000);
        assert_eq!(y.annual_tax, 90_300);
        assert_eq!(y.difference, -29_700);
    }

    /// Pay ¥8,000,000; a spouse without income; a child of 20 and one of 10; social insurance
    /// ¥1,150,000; new life ¥100,000 (under-23 rule: 55,000) and medical ¥30,000 (25,000);
    /// earthquake ¥60,000 (50,000); housing loan credit ¥100,000; ¥300,000 withheld.
    /// 給与所得 6,100,000; deductions 1,150,000 + 80,000 + 50,000 + 配偶者 380,000 + 特定 630,000 +
    /// 基礎 670,000 = 2,960,000; taxable 3,140,000 → 216,500 − 100,000 = 116,500 → ¥118,900;
    /// refund ¥181,100.
    #[test]
    fn a_family_with_insurance_and_a_housing_loan() {
        let child = |age| Dependant {
            age,
            ..Dependant::default()
        };
        let y = adjust(&YearEndInput {
            salary: 8_000_000,
            withheld: 300_000,
            social_insurance: 1_150_000,
            life: LifePremiums {
                new_general: 100_000,
                care_medical: 30_000,
                ..LifePremiums::default()
            },
            earthquake: 60_000,
            spouse: Some((0, false)),
            dependants: vec![child(20), child(10)],
            housing_loan_credit: 100_000,
            ..YearEndInput::default()
        })
        .unwrap();
        assert_eq!(y.employment_income, 6_100_000);
        assert_eq!(y.deductions, 2_960_000);
        assert_eq!(y.taxable, 3_140_000);
        assert_eq!(y.computed_tax, 216_500);
        assert_eq!(y.annual_tax, 118_900);
        assert_eq!(y.difference, -181_100);
    }

    /// ひとり親 ¥350,000 up to a total income of ¥5,000,000, none above (所得税法2条1項31号).
    #[test]
    fn single_parent_deduction_stops_above_five_million() {
        let input = |salary| YearEndInput {
            salary,
            own: OwnStatus {
                single_parent: true,
                ..OwnStatus::default()
            },
            ..YearEndInput::default()
        };
        // 給与所得 of 6,850,000: 6,850,000 × 0.9 − 1,100,000 = 5,065,000 > 5,000,000.
        assert_eq!(adjust(&input(6_850_000)).unwrap().personal, 0);
        // 給与所得 of 6,500,000: 6,500,000 × 0.8 − 440,000 = 4,760,000.
        assert_eq!(adjust(&input(6_500_000)).unwrap().personal, 350_000);
    }

    #[test]
    fn pay_over_twenty_million_is_not_adjusted() {
        let err = adjust(&YearEndInput {
            salary: 20_000_001,
            ..YearEndInput::default()
        })
        .unwrap_err();
        assert!(err.to_string().contains("20,000,000"), "{err}");
    }
}
