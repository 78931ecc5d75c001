//! 源泉徴収 on monthly pay (給与所得の源泉徴収税額表 月額表), by table lookup or by the
//! 電算機計算の特例 formula. The table is dated data ([`WithholdingTable`], loaded from the
//! database); the formula's constants are per year in code, from the NTA's 「電子計算機等を使用して
//! 源泉徴収税額を計算する方法」 for 令和7年分 and 令和8年分.

use anyhow::{Result, bail};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// 甲欄 (a 扶養控除等申告書 was filed) or 乙欄.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 甲.
    Kou,
    /// 乙.
    Otsu,
}

impl Column {
    /// Parses `kou`/`甲` or `otsu`/`乙`.
    pub fn parse(text: &str) -> Result<Column> {
        match text.trim() {
            "kou" | "甲" => Ok(Column::Kou),
            "otsu" | "乙" => Ok(Column::Otsu),
            other => bail!("'{other}' is not a withholding column (kou or otsu)"),
        }
    }

    /// The stored key.
    pub fn key(&self) -> &'static str {
        match self {
            Column::Kou => "kou",
            Column::Otsu => "otsu",
        }
    }
}

/// One row of the 月額表: A in [min, max_exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 以上.
    pub min: i64,
    /// 未満 (None: no upper limit).
    pub max_exclusive: Option<i64>,
    /// 甲欄 for 0-7 dependants.
    pub kou: [i64; 8],
    /// 乙欄 (None below the first taxed row: A × the low rate).
    pub otsu: Option<i64>,
}

/// A band above the rows: tax = base + (A − start) × rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// Band start.
    pub start: i64,
    /// Base amounts for 0-7 dependants (乙: only the first).
    pub base: [i64; 8],
    /// Rate in percent.
    pub rate_percent: Decimal,
}

/// A month table in force for a pay month.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WithholdingTable {
    /// Rows in order of `min`.
    pub rows: Vec<Row>,
    /// 甲 bands from 740,000 yen.
    pub kou_bands: Vec<Band>,
    /// 乙 bands from 740,000 yen.
    pub otsu_bands: Vec<Band>,
}

/// 乙欄 below the first row: A × 3.063% (月額表 注).
const OTSU_LOW_RATE: Decimal = dec!(3.063);
/// 甲欄 with more than 7 dependants: 1,610 yen less for each one beyond 7 (月額表 注).
const PER_EXTRA_DEPENDANT: i64 = 1610;

/// Drops the fraction of a yen (the formulas above 740,000 yen and 乙 below the first row).
fn floor_yen(amount: Decimal) -> i64 {
    i64::try_from(amount.floor()).unwrap_or(i64::MAX)
}

impl WithholdingTable {
    /// The tax on `a` (その月の社会保険料等控除後の給与等の金額) by table lookup.
    pub fn lookup(&self, a: i64, column: Column, dependants: u32) -> Result<i64> {
        if self.rows.is_empty() {
            bail!("the withholding table has no rows");
        }
        let a = a.max(0);
        let last = self.rows.last().expect("rows");
        let tax = if a < last.min {
            let row = self
                .rows
                .iter()
                .find(|r| a >= r.min && r.max_exclusive.is_none_or(|m| a < m))
                .ok_or_else(|| anyhow::anyhow!("no withholding row for {a} yen"))?;
            match column {
                Column::Kou => row.kou[dependants.min(7) as usize],
                Column::Otsu => match row.otsu {
                    Some(t) => t,
                    None => floor_yen(Decimal::from(a) * OTSU_LOW_RATE / dec!(100)),
                },
            }
        } else {
            let bands = match column {
                Column::Kou => &self.kou_bands,
                Column::Otsu => &self.otsu_bands,
            };
            if a == last.min || bands.is_empty() {
                match column {
                    Column::Kou => last.kou[dependants.min(7) as usize],
                    Column::Otsu => last.otsu.unwrap_or(0),
                }
            } else {
                let band = bands
                    .iter()
                    .rev()
                    .find(|b| a >= b.start)
                    .ok_or_else(|| anyhow::anyhow!("no withholding band for {a} yen"))?;
                let index = if column == Column::Kou {
                    dependants.min(7) as usize
                } else {
                    0
                };
                band.base[index]
                    + floor_yen(Decimal::from(a - band.start) * band.rate_percent / dec!(100))
            }
        };
        let extra = if column == Column::Kou {
            dependants.saturating_sub(7)
        } else {
            0
        };
        Ok((tax - PER_EXTRA_DEPENDANT * i64::from(extra)).max(0))
    }
}

/// The 電算機計算の特例 (甲欄) for pay months of `year`: the constants of 別表第一 to 第四.
pub fn formula(a: i64, dependants: u32, year: i32) -> Result<i64> {
    // 第2表: 配偶者(特別)控除・扶養控除 31,667 yen per person.
    let dependant_deduction = dec!(31667) * Decimal::from(dependants);
    let b = (Decimal::from(a.max(0))
        - formula_employment_deduction(a, year)?
        - dependant_deduction
        - formula_basic_deduction(a, year))
    .max(Decimal::ZERO);
    Ok(round_formula_tax_to_10_yen(
        formula_tax(b).max(Decimal::ZERO),
    ))
}

/// 第1表: 給与所得控除の額, 1円未満切上げ.
fn formula_employment_deduction(a: i64, year: i32) -> Result<Decimal> {
    let a_dec = Decimal::from(a.max(0));
    Ok(match year {
        2020..=2025 => {
            if a <= 135_416 {
                dec!(45834)
            } else if a <= 149_999 {
                a_dec * dec!(0.4) - dec!(8333)
            } else if a <= 299_999 {
                a_dec * dec!(0.3) + dec!(6667)
            } else if a <= 549_999 {
                a_dec * dec!(0.2) + dec!(36667)
            } else if a <= 708_330 {
                a_dec * dec!(0.1) + dec!(91667)
            } else {
                dec!(162500)
            }
        }
        2026 => {
            if a <= 158_333 {
                dec!(54167)
            } else if a <= 299_999 {
                a_dec * dec!(0.3) + dec!(6667)
            } else if a <= 549_999 {
                a_dec * dec!(0.2) + dec!(36667)
            } else if a <= 708_330 {
                a_dec * dec!(0.1) + dec!(91667)
            } else {
                dec!(162500)
            }
        }
        other => {
            return Err(crate::kernel::error::hinted(
                format!("the 電算機計算の特例 constants for {other} are not in this bko"),
                "use the table method (`bko company set payroll_withholding_method table`)",
            ));
        }
    }
    .ceil())
}

/// 第3表: 基礎控除 (from 2026 with the 令和7年改正's higher amount at the low end).
fn formula_basic_deduction(a: i64, year: i32) -> Decimal {
    if year >= 2026 {
        if a <= 2_120_833 {
            dec!(48334)
        } else if a <= 2_162_499 {
            dec!(40000)
        } else if a <= 2_204_166 {
            dec!(26667)
        } else if a <= 2_245_833 {
            dec!(13334)
        } else {
            dec!(0)
        }
    } else if a <= 2_162_499 {
        dec!(40000)
    } else if a <= 2_204_166 {
        dec!(26667)
    } else if a <= 2_245_833 {
        dec!(13334)
    } else {
        dec!(0)
    }
}

/// 第4表: the tax on the taxable amount B; rates include the 2.1% 復興特別所得税.
fn formula_tax(b: Decimal) -> Decimal {
    if b <= dec!(162500) {
        b * dec!(0.05105)
    } else if b <= dec!(275000) {
        b * dec!(0.1021) - dec!(8296)
    } else if b <= dec!(579166) {
        b * dec!(0.2042) - dec!(36374)
    } else if b <= dec!(750000) {
        b * dec!(0.23483) - dec!(54113)
    } else if b <= dec!(1500000) {
        b * dec!(0.33693) - dec!(130688)
    } else if b <= dec!(3333333) {
        b * dec!(0.4084) - dec!(237893)
    } else {
        b * dec!(0.45945) - dec!(408061)
    }
}

/// The formula's result is rounded to 10 yen, half up (10円未満四捨五入).
pub fn round_formula_tax_to_10_yen(tax: Decimal) -> i64 {
    let tens = (tax / dec!(10))
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    i64::try_from(tens).unwrap_or(0) * 10
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The bundled 令和8年分 table, parsed the way the migration loads it.
    pub fn table_2026() -> WithholdingTable {
        table_from(
            include_str!("../../assets/payroll/withholding-monthly-2026.csv"),
            include_str!("../../assets/payroll/withholding-bands-2026.csv"),
        )
    }

    fn table_2025() -> WithholdingTable {
        table_from(
            include_str!("../../assets/payroll/withholding-monthly-2025.csv"),
            include_str!("../../assets/payroll/withholding-bands-2025.csv"),
        )
    }

    fn table_from(rows: &str, bands: &str) -> WithholdingTable {
        let num = |s: &str| s.parse::<i64>().ok();
        let mut t = WithholdingTable::default();
        for line in rows.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let mut kou = [0; 8];
            for (i, k) in kou.iter_mut().enumerate() {
                *k = num(f[2 + i]).unwrap();
            }
            t.rows.push(Row {
                min: num(f[0]).unwrap(),
                max_exclusive: num(f[1]),
                kou,
                otsu: num(f[10]),
            });
        }
        for line in bands.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let mut base = [0; 8];
            for (i, b) in base.iter_mut().enumerate() {
                *b = num(f[2 + i]).unwrap_or(0);
            }
            let band = Band {
                start: num(f[1]).unwrap(),
                base,
                rate_percent: f[10].parse().unwrap(),
            };
            if f[0] == "kou" {
                t.kou_bands.push(band)
            } else {
                t.otsu_bands.push(band)
            }
        }
        t
    }

    // Rows of 国税庁「令和8年分 源泉徴収税額表」月額表 (A → 甲 0/1/2/3 dependants), as checked in
    // the shared data notes.
    #[test]
    fn rows_of_the_2026_table() {
        let t = table_2026();
        let cases = [
            (104_999, [0, 0, 0, 0]),
            (105_000, [170, 0, 0, 0]),
            (145_000, [2_220, 600, 0, 0]),
            (175_000, [3_480, 1_870, 250, 0]),
            (201_000, [4_410, 2_800, 1_170, 0]),
            (255_000, [6_320, 4_710, 3_090, 1_470]),
            (300_000, [7_930, 6_320, 4_700, 3_080]),
            (351_000, [11_730, 8_500, 6_780, 5_170]),
            (501_000, [28_190, 21_730, 17_520, 14_280]),
            (740_000, [71_680, 65_210, 58_750, 52_290]),
        ];
        for (a, expected) in cases {
            for (deps, tax) in expected.iter().enumerate() {
                assert_eq!(
                    t.lookup(a, Column::Kou, deps as u32).unwrap(),
                    *tax,
                    "A={a} deps={deps}"
                );
            }
        }
        // 乙欄: 105,000 → 3,800; 200,000 → 19,700; 300,000 → 53,600; 740,000 → 259,200; below
        // 105,000: A × 3.063%, fractions dropped.
        for (a, tax) in [
            (105_000, 3_800),
            (200_000, 19_700),
            (300_000, 53_600),
            (740_000, 259_200),
            (100_000, 3_063),
        ] {
            assert_eq!(t.lookup(a, Column::Otsu, 0).unwrap(), tax, "乙 A={a}");
        }
    }

    #[test]
    fn above_740000_more_than_7_dependants_and_the_2025_table() {
        let t = table_2026();
        // 760,000 with no dependants: 71,680 + 20,000 × 20.42% = 75,764.
        assert_eq!(t.lookup(760_000, Column::Kou, 0).unwrap(), 75_764);
        // 1,000,000, 2 dependants: 108,880 + 40,000 × 33.693% = 122,357.2 → 122,357.
        assert_eq!(t.lookup(1_000_000, Column::Kou, 2).unwrap(), 122_357);
        // 乙 800,000: 259,200 + 60,000 × 40.84% = 283,704.
        assert_eq!(t.lookup(800_000, Column::Otsu, 0).unwrap(), 283_704);
        // 500,000 with 9 dependants: the 7-dependant amount less 2 × 1,610 (data notes: 1,610).
        let seven = t.lookup(500_000, Column::Kou, 7).unwrap();
        assert_eq!(
            t.lookup(500_000, Column::Kou, 9).unwrap(),
            (seven - 3_220).max(0)
        );
        assert_eq!(t.lookup(500_000, Column::Kou, 9).unwrap(), 1_610);
        // 令和7年分: 87,999 → 0; 88,000 → 130; 740,000 → 73,390; 200,500 → 4,770/3,140/1,530.
        let t = table_2025();
        assert_eq!(t.lookup(87_999, Column::Kou, 0).unwrap(), 0);
        assert_eq!(t.lookup(88_000, Column::Kou, 0).unwrap(), 130);
        assert_eq!(t.lookup(740_000, Column::Kou, 0).unwrap(), 73_390);
        let three: Vec<i64> = (0..3)
            .map(|d| t.lookup(200_500, Column::Kou, d).unwrap())
            .collect();
        assert_eq!(three, [4_770, 3_140, 1_530]);
    }

    // The formula, 令和8年分, worked by hand from 別表第一-第四:
    // A = 300,000, 1 dependant: 給与所得控除 300,000 × 20% + 36,667 = 96,667; 31,667; 基礎 48,334;
    // B = 123,332; tax = 123,332 × 5.105% = 6,296.1 → 6,300 (10円未満四捨五入). The table says 6,320.
    #[test]
    fn the_computer_formula() {
        assert_eq!(formula(300_000, 1, 2026).unwrap(), 6_300);
        // A = 500,000, 0 dependants: 136,667 + 48,334 → B = 314,999; 314,999 × 20.42% − 36,374 =
        // 27,948.8 → 27,950 (table: 27,...).
        assert_eq!(formula(500_000, 0, 2026).unwrap(), 27_950);
        // Below the deductions: nothing.
        assert_eq!(formula(100_000, 0, 2026).unwrap(), 0);
        // 令和7年分, A = 300,000, 0 dependants: 96,667 + 40,000 → B = 163,333 → ×10.21% − 8,296 =
        // 8,380.3 → 8,380.
        assert_eq!(formula(300_000, 0, 2025).unwrap(), 8_380);
        assert!(formula(300_000, 0, 2027).is_err());
        assert_eq!(round_formula_tax_to_10_yen(dec!(6295)), 6_300);
        assert_eq!(round_formula_tax_to_10_yen(dec!(6294.99)), 6_290);
    }
}
