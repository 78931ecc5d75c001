//! The 給与所得の源泉徴収票 of a year, as values: one per employee paid in the year — adjusted
//! ones with the whole 年末調整, leavers, 乙欄 and over-¥20M employees with what was paid and
//! withheld (所得税法226条). The same values feed the PDF (`certificate_pdf`), the 給与支払報告書
//! (個人別明細書) and its 総括表 per municipality.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

use super::adjustment::{
    self, Declaration, DeclaredRelative, OutOfScope, Outcome, YearPay, age, year_span,
};
use super::yearend::{DEPENDANT_INCOME_LIMIT, YearEnd, dependant_deduction};
use crate::people::Employee;

/// Counts of relatives by the classes the slip prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelativeCounts {
    /// 控除対象扶養親族 特定 (19–22).
    pub specified: u32,
    /// 老人 (70+).
    pub elderly: u32,
    /// 老人 of whom 同居老親等.
    pub elderly_living_together: u32,
    /// その他 (16–18, 23–69).
    pub other: u32,
    /// 16歳未満扶養親族.
    pub under_16: u32,
    /// 障害者 (the employee left out): 特別.
    pub special_disabled: u32,
    /// 特別 of whom living together.
    pub special_disabled_together: u32,
    /// その他の障害者.
    pub disabled: u32,
}

/// One employee's 源泉徴収票. Amounts the adjustment did not compute are `None` (printed blank).
#[derive(Debug, Clone)]
pub struct Certificate {
    /// The year (令和8年分 is 2026).
    pub year: i32,
    /// The employee.
    pub employee: Employee,
    /// Why the 年末調整 was not done, when it was not.
    pub not_adjusted: Option<OutOfScope>,
    /// 支払金額 (an earlier employer's pay included when adjusted).
    pub payment: i64,
    /// 給与所得控除後の金額 (調整控除後).
    pub employment_income: Option<i64>,
    /// 所得控除の額の合計額.
    pub deductions: Option<i64>,
    /// 源泉徴収税額 (the 年調年税額 when adjusted, else what was withheld).
    pub tax: i64,
    /// Tax withheld in the year (an earlier employer's included when adjusted).
    pub withheld: i64,
    /// 控除対象配偶者 (有), and whether 老人.
    pub spouse: Option<bool>,
    /// 配偶者(特別)控除の額.
    pub spouse_deduction: Option<i64>,
    /// The spouse's 合計所得 (printed with 配偶者特別控除).
    pub spouse_income: Option<i64>,
    /// Relatives by class.
    pub counts: RelativeCounts,
    /// 社会保険料等の金額.
    pub social_insurance: i64,
    /// of which 小規模企業共済等掛金.
    pub small_business_mutual: i64,
    /// 生命保険料の控除額.
    pub life_insurance: Option<i64>,
    /// 地震保険料の控除額.
    pub earthquake: Option<i64>,
    /// 住宅借入金等特別控除の額.
    pub housing_loan_credit: Option<i64>,
    /// 基礎控除の額.
    pub basic: Option<i64>,
    /// 所得金額調整控除額.
    pub income_adjustment: Option<i64>,
    /// 特定親族特別控除の額 (19–22-year-olds earning over the dependant limit).
    pub specified_relative: Option<i64>,
    /// The declaration it was made from.
    pub declaration: Declaration,
    /// 摘要 lines.
    pub remarks: Vec<String>,
}

impl Certificate {
    /// The relatives the slip names: (spouse, dependants 16 and over, under 16).
    pub fn named_relatives(
        &self,
    ) -> (
        Option<&DeclaredRelative>,
        Vec<&DeclaredRelative>,
        Vec<&DeclaredRelative>,
    ) {
        let (over, under) = supported_by_age(&self.declaration, self.last_day());
        let spouse = self
            .declaration
            .spouse
            .as_ref()
            .filter(|_| self.spouse.is_some());
        (spouse, over, under)
    }

    /// 乙欄: not adjusted for want of a 扶養控除等申告書.
    pub fn otsu(&self) -> bool {
        self.not_adjusted == Some(OutOfScope::Otsu)
    }

    /// Joined during the year (中途就職).
    pub fn joined(&self) -> Option<NaiveDate> {
        Some(self.employee.hire_date).filter(|d| d.year() == self.year)
    }

    /// Left during the year (中途退職).
    pub fn left(&self) -> Option<NaiveDate> {
        self.employee.leave_date.filter(|d| d.year() == self.year)
    }

    fn last_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, 12, 31).unwrap_or(NaiveDate::MAX)
    }
}

/// The dependants within the income limit, split into those 16 and over and those under 16
/// (ages on the year's last day).
fn supported_by_age(
    d: &Declaration,
    last: NaiveDate,
) -> (Vec<&DeclaredRelative>, Vec<&DeclaredRelative>) {
    d.dependants
        .iter()
        .filter(|r| r.income <= DEPENDANT_INCOME_LIMIT)
        .partition(|r| age(r.birth, last) >= 16)
}

/// The certificates of a year: every employee paid in it (or one), by code.
pub fn certificates(conn: &Connection, year: i32, only: Option<&str>) -> Result<Vec<Certificate>> {
    let pay = adjustment::year_pay(conn, year)?;
    let (_, last) = year_span(year)?;
    let mut out = Vec::new();
    for (e, outcome) in adjustment::calculate_from(conn, year, only, &pay)? {
        let paid = pay.get(&e.id).copied().unwrap_or_default();
        let declaration = adjustment::declaration(conn, e.id, year)?;
        out.push(match outcome {
            Outcome::Adjusted(y) => adjusted(year, e, &y, declaration, last),
            Outcome::OutOfScope(why) => not_adjusted(year, e, paid, declaration, why),
        });
    }
    Ok(out)
}

fn adjusted(
    year: i32,
    employee: Employee,
    y: &YearEnd,
    declaration: Declaration,
    last: NaiveDate,
) -> Certificate {
    let counts = counts(&declaration, last);
    let specified_relative: i64 = declaration
        .dependants
        .iter()
        .filter(|r| r.income > DEPENDANT_INCOME_LIMIT)
        .map(|r| dependant_deduction(&rule_dependant(r, last)))
        .sum();
    let spouse = declaration.spouse.as_ref().filter(|_| y.spouse > 0);
    let mut remarks = previous_employer_remarks(&declaration);
    remarks.extend(overflow_remarks(&declaration, last));
    // The credit the tax could not absorb is shown for the resident tax (住宅借入金等特別控除可能額).
    if declaration.housing_loan_credit > y.housing_loan_credit {
        remarks.push(format!(
            "住宅借入金等特別控除可能額 {} 円",
            crate::kernel::money::group_thousands(&declaration.housing_loan_credit.to_string())
        ));
    }
    Certificate {
        year,
        employee,
        not_adjusted: None,
        payment: y.salary,
        employment_income: Some(y.employment_income - y.income_adjustment),
        deductions: Some(y.deductions),
        tax: y.annual_tax,
        withheld: y.withheld,
        spouse: spouse
            .filter(|s| s.income <= DEPENDANT_INCOME_LIMIT)
            .map(|s| age(s.birth, last) >= 70),
        spouse_deduction: Some(y.spouse).filter(|a| *a > 0),
        spouse_income: spouse
            .filter(|s| s.income > DEPENDANT_INCOME_LIMIT)
            .map(|s| s.income),
        counts,
        social_insurance: y.social_insurance,
        small_business_mutual: declaration.small_business_mutual,
        life_insurance: Some(y.life_insurance).filter(|a| *a > 0),
        earthquake: Some(y.earthquake).filter(|a| *a > 0),
        housing_loan_credit: Some(y.housing_loan_credit).filter(|a| *a > 0),
        basic: Some(y.basic),
        income_adjustment: Some(y.income_adjustment).filter(|a| *a > 0),
        specified_relative: Some(specified_relative).filter(|a| *a > 0),
        declaration,
        remarks,
    }
}

/// A certificate without adjustment: what this employer paid and withheld.
fn not_adjusted(
    year: i32,
    employee: Employee,
    paid: YearPay,
    declaration: Declaration,
    why: OutOfScope,
) -> Certificate {
    let remarks = vec![why.remark().to_string()];
    Certificate {
        year,
        employee,
        not_adjusted: Some(why),
        payment: paid.taxable,
        employment_income: None,
        deductions: None,
        tax: paid.withheld,
        withheld: paid.withheld,
        spouse: None,
        spouse_deduction: None,
        spouse_income: None,
        counts: RelativeCounts::default(),
        social_insurance: paid.social_insurance,
        small_business_mutual: 0,
        life_insurance: None,
        earthquake: None,
        housing_loan_credit: None,
        basic: None,
        income_adjustment: None,
        specified_relative: None,
        declaration,
        remarks,
    }
}

fn rule_dependant(r: &DeclaredRelative, last: NaiveDate) -> super::yearend::Dependant {
    super::yearend::Dependant {
        age: age(r.birth, last),
        income: r.income,
        lives_with: r.lives_with,
        disability: r.disability(),
    }
}

/// The relatives counted by class: dependants within the income limit by age, disabled
/// relatives (spouse within the limit included) by grade.
fn counts(d: &Declaration, last: NaiveDate) -> RelativeCounts {
    let mut c = RelativeCounts::default();
    let supported = d
        .dependants
        .iter()
        .filter(|r| r.income <= DEPENDANT_INCOME_LIMIT);
    for r in supported.clone() {
        match age(r.birth, last) {
            ..16 => c.under_16 += 1,
            19..=22 => c.specified += 1,
            70.. => {
                c.elderly += 1;
                c.elderly_living_together += u32::from(r.lives_with);
            }
            _ => c.other += 1,
        }
    }
    let spouse = d
        .spouse
        .iter()
        .filter(|s| s.income <= DEPENDANT_INCOME_LIMIT);
    for r in supported.chain(spouse) {
        match r.disability.as_str() {
            "special" => {
                c.special_disabled += 1;
                c.special_disabled_together += u32::from(r.lives_with);
            }
            "general" => c.disabled += 1,
            _ => {}
        }
    }
    c
}

/// The form has four places for each kind of dependant; the fifth and later go to 摘要.
fn overflow_remarks(d: &Declaration, last: NaiveDate) -> Vec<String> {
    let (over, under) = supported_by_age(d, last);
    let mut out = Vec::new();
    for (kind, list) in [("控除対象扶養親族", over), ("16歳未満の扶養親族", under)]
    {
        if list.len() > 4 {
            let names: Vec<String> = list[4..].iter().map(|r| r.label()).collect();
            out.push(format!("{kind}(5人目以降) {}", names.join(" ")));
        }
    }
    out
}

/// 摘要: an earlier employer's figures the adjustment counted (its 源泉徴収票).
fn previous_employer_remarks(d: &Declaration) -> Vec<String> {
    if d.previous_pay == 0 && d.previous_tax == 0 {
        return Vec::new();
    }
    let yen = |a: i64| crate::kernel::money::group_thousands(&a.to_string());
    let who = match (&d.previous_employer, d.previous_employer_left) {
        (name, Some(left)) => format!(" {name} {}退職", wareki(left)),
        (name, None) if !name.is_empty() => format!(" {name}"),
        _ => String::new(),
    };
    vec![format!(
        "前職分 支払金額 {} 円 源泉徴収税額 {} 円 社会保険料 {} 円{who}",
        yen(d.previous_pay),
        yen(d.previous_tax),
        yen(d.previous_insurance)
    )]
}

/// The 和暦 of a date as the slip prints it (令和8年12月31日); dates before 令和 in 平成 or 昭和.
pub fn wareki(date: NaiveDate) -> String {
    let (era, start) = match date {
        d if d >= NaiveDate::from_ymd_opt(2019, 5, 1).unwrap_or(d) => ("令和", 2018),
        d if d >= NaiveDate::from_ymd_opt(1989, 1, 8).unwrap_or(d) => ("平成", 1988),
        d if d >= NaiveDate::from_ymd_opt(1926, 12, 25).unwrap_or(d) => ("昭和", 1925),
        _ => ("大正", 1911),
    };
    let n = date.year() - start;
    let year = if n == 1 {
        "元".to_string()
    } else {
        n.to_string()
    };
    format!("{era}{year}年{}月{}日", date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn japanese_era_dates() {
        assert_eq!(wareki(d(2026, 12, 31)), "令和8年12月31日");
        assert_eq!(wareki(d(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(wareki(d(2019, 4, 30)), "平成31年4月30日");
        assert_eq!(wareki(d(1989, 1, 8)), "平成元年1月8日");
        assert_eq!(wareki(d(1989, 1, 7)), "昭和64年1月7日");
        assert_eq!(wareki(d(1985, 6, 15)), "昭和60年6月15日");
    }

    fn relative(
        birth: NaiveDate,
        income: i64,
        disability: &str,
        together: bool,
    ) -> DeclaredRelative {
        DeclaredRelative {
            name: String::new(),
            relation: String::new(),
            birth,
            income,
            lives_with: together,
            disability: disability.into(),
        }
    }

    #[test]
    fn relatives_are_counted_by_age_on_the_last_day_and_income() {
        let declaration = Declaration {
            spouse: Some(relative(d(1988, 1, 1), 0, "special", true)),
            dependants: vec![
                relative(d(2015, 3, 1), 0, "none", false), // 11: under 16
                relative(d(2006, 5, 1), 0, "general", false), // 20: 特定, disabled
                relative(d(2005, 1, 1), 900_000, "none", false), // 22 over the limit: not counted
                relative(d(1950, 1, 1), 0, "none", true),  // 76: 老人, 同居
                relative(d(2009, 1, 1), 0, "none", false), // 17: その他
            ],
            ..Declaration::default()
        };
        let c = counts(&declaration, d(2026, 12, 31));
        assert_eq!(
            c,
            RelativeCounts {
                specified: 1,
                elderly: 1,
                elderly_living_together: 1,
                other: 1,
                under_16: 1,
                special_disabled: 1,
                special_disabled_together: 1,
                disabled: 1,
            }
        );
    }

    #[test]
    fn the_fifth_child_under_16_goes_to_the_remarks() {
        let child = |n: u32| DeclaredRelative {
            name: format!("子{n}"),
            relation: "子".into(),
            ..relative(d(2015, 1, n), 0, "none", false)
        };
        let declaration = Declaration {
            dependants: (1..=5).map(child).collect(),
            ..Declaration::default()
        };
        assert_eq!(
            overflow_remarks(&declaration, d(2026, 12, 31)),
            vec!["16歳未満の扶養親族(5人目以降) 子5(子)".to_string()]
        );
    }
}
