//! Payroll rules worked by hand: a full month from gross to net, overtime above 60 hours, the
//! hourly-wage case.

use super::*;

fn rates_2026() -> Rates {
    let grades_csv = include_str!("../../assets/payroll/standard-remuneration-grades.csv");
    let grades = Grades(
        grades_csv
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                insurance::Grade {
                    health_grade: f[0].parse().unwrap(),
                    pension_grade: f[1].parse().ok(),
                    standard_monthly: f[2].parse().unwrap(),
                    min: f[3].parse().unwrap(),
                    max_exclusive: f[4].parse().ok(),
                }
            })
            .collect(),
    );
    let mut table = WithholdingTable::default();
    for line in include_str!("../../assets/payroll/withholding-monthly-2026.csv")
        .lines()
        .skip(1)
    {
        let f: Vec<i64> = line.split(',').map(|x| x.parse().unwrap_or(-1)).collect();
        let mut kou = [0; 8];
        kou.copy_from_slice(&f[2..10]);
        table.rows.push(tax::Row {
            min: f[0],
            max_exclusive: Some(f[1]).filter(|m| *m >= 0),
            kou,
            otsu: Some(f[10]).filter(|o| *o >= 0),
        });
    }
    Rates {
        withholding: table,
        withholding_year: 2026,
        grades,
        health: dec!(9.85),
        care: dec!(1.62),
        support: dec!(0.23),
        pension: dec!(18.3),
        employment_employee: dec!(0.5),
        employment_employer: dec!(0.85),
    }
}

fn setting() -> PaySetting {
    PaySetting {
        valid_from: "2026-04".into(),
        basis: Basis::Monthly,
        base_amount: 300_000,
        allowances: vec![Allowance::parse("役職手当=20000").unwrap()],
        commuting: 10_000,
        dependents: 1,
        column: "kou".into(),
        resident_tax: 15_000,
        resident_tax_june: Some(15_800),
        prefecture: "13".into(),
        social_insurance: true,
        employment_insurance: true,
        standard_monthly: Some(340_000),
        bank: None,
        attendance_deductions: true,
    }
}

fn input<'a>(s: &'a PaySetting, h: &'a Hours, r: &'a Rates, pay_month: u32) -> PayInput<'a> {
    PayInput {
        setting: s,
        hours: h,
        monthly_minutes: dec!(9600),
        monthly_days: dec!(20),
        care: Care::Birth(NaiveDate::from_ymd_opt(1981, 3, 3).unwrap()),
        premiums: vec![super::PremiumRates::of(
            r,
            Month {
                year: 2026,
                month: pay_month - 1,
            },
        )],
        proration: None,
        pay_month: Month {
            year: 2026,
            month: pay_month,
        },
        method: Method::Table,
        rates: r,
    }
}

// Tokyo, pay of May 2026 (April premium, 子ども・子育て支援金 starts), age 45, 320,000 + commuting
// 10,000 → 報酬月額 330,000 → 標準報酬月額 340,000 (grade 24). Employee shares: health
// 340,000 × 9.85% / 2 = 16,745; care × 1.62% / 2 = 2,754; 支援金 × 0.23% / 2 = 391; pension
// × 18.3% / 2 = 31,110; employment 330,000 × 5‰ = 1,650. A = 330,000 − 10,000 − 52,650 = 267,350 →
// 令和8年分 月額表 266,000-269,000, 甲 1 dependant: 5,140. Resident tax 15,000. Net 257,210.
#[test]
fn a_full_month_from_gross_to_net() {
    let r = rates_2026();
    assert_eq!(
        r.grades.for_remuneration(330_000).unwrap().standard_monthly,
        340_000
    );
    let s = setting();
    let h = Hours::default();
    let p = compute(&input(&s, &h, &r, 5)).unwrap();
    assert_eq!(p.gross, 330_000);
    assert_eq!(
        (p.health, p.care, p.support, p.pension, p.employment),
        (16_745, 2_754, 391, 31_110, 1_650)
    );
    assert_eq!(p.taxable, 267_350);
    assert_eq!(p.withholding, 5_140);
    assert_eq!(p.resident_tax, 15_000);
    assert_eq!(p.net, 257_210);
    // June deducts the June resident tax.
    assert_eq!(compute(&input(&s, &h, &r, 6)).unwrap().resident_tax, 15_800);
    // Before the 40th birthday month no care premium: born 1986-06-15, April premium.
    let mut young = input(&s, &h, &r, 5);
    young.care = Care::Birth(NaiveDate::from_ymd_opt(1986, 6, 15).unwrap());
    assert_eq!(compute(&young).unwrap().care, 0);
}

// Hourly base = (300,000 + 役職手当 20,000) / 160 h = 2,000 (住宅手当 is excluded, 労基則21条).
// 70 h overtime: 60 h × 1.25 + 10 h × 1.5 = 90 h × 2,000 = 180,000. Night 20 h × 0.25 = 10,000.
// Statutory holiday 8 h × 1.35 = 21,600.
#[test]
fn overtime_above_60_hours_night_and_holiday_premiums() {
    let r = rates_2026();
    let mut s = setting();
    s.allowances
        .push(Allowance::parse("住宅手当=10000").unwrap());
    assert!(!s.allowances[1].overtime_base);
    let h = Hours {
        overtime_to_60: 60 * 60,
        overtime_over_60: 10 * 60,
        night: 20 * 60,
        statutory_holiday: 8 * 60,
        ..Hours::default()
    };
    let p = compute(&input(&s, &h, &r, 5)).unwrap();
    assert_eq!(p.hourly_base, dec!(2000));
    assert_eq!(
        (p.overtime_pay, p.night_pay, p.holiday_pay),
        (180_000, 10_000, 21_600)
    );
    assert_eq!(
        p.gross,
        300_000 + 20_000 + 10_000 + 10_000 + 180_000 + 10_000 + 21_600
    );
}

// The 50-sen rule on a premium's monthly total: 300,000 / (10,430 / 60 h) = 1,725.79... an hour;
// 1 h of overtime = 2,157.24 → 2,157; 3 h = 6,471.71 → 6,472.
#[test]
fn premiums_round_their_monthly_total_by_the_50_sen_rule() {
    let r = rates_2026();
    let mut s = setting();
    s.allowances.clear();
    for (hours, pay) in [(1, 2_157), (3, 6_472)] {
        let h = Hours {
            overtime_to_60: hours * 60,
            ..Hours::default()
        };
        let mut i = input(&s, &h, &r, 5);
        i.monthly_minutes = dec!(10430);
        assert_eq!(compute(&i).unwrap().overtime_pay, pay, "{hours} h");
    }
}

#[test]
fn hourly_wages_absences_and_the_otsu_column() {
    let r = rates_2026();
    let s = PaySetting {
        basis: Basis::Hourly,
        base_amount: 1_200,
        allowances: vec![],
        commuting: 0,
        column: "otsu".into(),
        dependents: 0,
        social_insurance: false,
        employment_insurance: false,
        standard_monthly: None,
        resident_tax: 0,
        resident_tax_june: None,
        ..setting()
    };
    // 80 h worked, 2 h of them overtime, 4 h at night: 96,000 + 2 × 300 + 4 × 300.
    let h = Hours {
        worked: 80 * 60,
        overtime_to_60: 120,
        night: 240,
        ..Hours::default()
    };
    let p = compute(&input(&s, &h, &r, 5)).unwrap();
    assert_eq!(
        (p.base_pay, p.overtime_pay, p.night_pay),
        (96_000, 600, 1_200)
    );
    // 乙欄 below 105,000: 97,800 × 3.063% = 2,995.6 → 2,995.
    assert_eq!(p.withholding, 2_995);
    // A monthly employee absent 1.5 days of 20: 320,000 / 20 × 1.5 = 24,000.
    let s = setting();
    let h = Hours {
        absences: dec!(1.5),
        ..Hours::default()
    };
    assert_eq!(
        compute(&input(&s, &h, &r, 5)).unwrap().absence_deduction,
        24_000
    );
}

#[test]
fn allowances_parse_with_flags() {
    let a = Allowance::parse("家族手当=15000").unwrap();
    assert!(a.taxable && !a.overtime_base);
    let a = Allowance::parse("在宅勤務手当=3000:nontax:excluded").unwrap();
    assert!(!a.taxable && !a.overtime_base);
    assert!(Allowance::parse("役職手当").is_err());
    assert!(Allowance::parse("役職手当=-1").is_err());
}

// 健康保険 and 介護保険 are one premium (健保法156条): 協会けんぽ 東京 令和8年度 額表, 標準報酬 134,000,
// 介護 2号 (9.85% + 1.62% = 11.47%): 折半額 134,000 × 11.47% / 2 = 7,684.9 → 7,685 (over 50 sen,
// up). Rounded apart, 6,599.5 → 6,599 and 1,085.4 → 1,085 would make 7,684: one yen off the table.
#[test]
fn health_and_care_are_rounded_once_as_one_premium() {
    let r = rates_2026();
    let mut s = setting();
    s.standard_monthly = Some(134_000);
    let h = Hours::default();
    let p = compute(&input(&s, &h, &r, 5)).unwrap();
    assert_eq!(p.health + p.care, 7_685);
    assert_eq!((p.health, p.care), (6_599, 1_086));
    // Without care the health premium alone is rounded: 6,599.5 → 6,599.
    let mut young = input(&s, &h, &r, 5);
    young.care = Care::Birth(NaiveDate::from_ymd_opt(1990, 6, 15).unwrap());
    let p = compute(&young).unwrap();
    assert_eq!((p.health, p.care), (6_599, 0));
}
