//! An employee's 年末調整 declarations (扶養控除等・基礎控除・保険料控除・住宅借入金等特別控除申告書,
//! an earlier employer's 源泉徴収票): the stored record, the `BIRTH[:INCOME][:…]` relative
//! notation, and a change — what a `declare` command or an import row gives — applied to it.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::yearend::Disability;
use crate::kernel::period::parse_date;

/// A relative as declared on the 扶養控除等申告書.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclaredRelative {
    /// Name, as the 源泉徴収票 lists it.
    #[serde(default)]
    pub name: String,
    /// Relation to the employee (子, 父, 母, …).
    #[serde(default)]
    pub relation: String,
    /// Birth date (the age on 31 December decides the deduction).
    pub birth: NaiveDate,
    /// Estimated 合計所得金額 for the year.
    pub income: i64,
    /// Lives with the employee (同居: 同居老親等, 同居特別障害者).
    pub lives_with: bool,
    /// none, general, special.
    pub disability: String,
}

impl DeclaredRelative {
    /// The relative's disability for the rules.
    pub fn disability(&self) -> Disability {
        match (self.disability.as_str(), self.lives_with) {
            ("general", _) => Disability::General,
            ("special", true) => Disability::SpecialLivingTogether,
            ("special", false) => Disability::Special,
            _ => Disability::None,
        }
    }

    /// Refuses a relative not yet born by the year's last day, or with a negative income.
    pub fn check(&self, last: NaiveDate) -> Result<()> {
        if self.birth > last {
            bail!(
                "a relative born on {} is not yet born in {}",
                self.birth,
                last.format("%Y")
            );
        }
        if self.income < 0 {
            bail!("a relative's income cannot be negative");
        }
        Ok(())
    }

    /// How the 源泉徴収票 names the relative: 山田 一郎(子).
    pub fn label(&self) -> String {
        let name = if self.name.is_empty() {
            "(氏名未登録)"
        } else {
            self.name.as_str()
        };
        if self.relation.is_empty() {
            name.to_string()
        } else {
            format!("{name}({})", self.relation)
        }
    }
}

/// Parses a disability word: none, general (障害者) or special (特別障害者).
pub fn parse_disability(text: &str) -> Result<String> {
    match text.trim() {
        "" | "none" => Ok("none".into()),
        "general" | "障害者" => Ok("general".into()),
        "special" | "特別障害者" => Ok("special".into()),
        other => bail!("'{other}' is not a disability (none, general or special)"),
    }
}

/// An employee's declarations for one year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declaration {
    /// The spouse, when declared.
    pub spouse: Option<DeclaredRelative>,
    /// Relatives supported (children under 16 too: they count for 障害者控除 and the under-23
    /// rules).
    pub dependants: Vec<DeclaredRelative>,
    /// Own disability: none, general, special.
    pub disability: String,
    /// 寡婦.
    pub widow: bool,
    /// ひとり親.
    pub single_parent: bool,
    /// 勤労学生.
    pub working_student: bool,
    /// Estimated income other than this pay (基礎控除申告書).
    pub other_income: i64,
    /// Life insurance premiums.
    pub life_new_general: i64,
    /// 介護医療保険料.
    pub life_care_medical: i64,
    /// 個人年金保険料 (new).
    pub life_new_pension: i64,
    /// 一般生命保険料 (old).
    pub life_old_general: i64,
    /// 個人年金保険料 (old).
    pub life_old_pension: i64,
    /// 地震保険料.
    pub earthquake: i64,
    /// 旧長期損害保険料.
    pub old_long_term: i64,
    /// Social insurance paid directly (国民年金 and the like).
    pub social_insurance_direct: i64,
    /// 小規模企業共済等掛金.
    pub small_business_mutual: i64,
    /// 住宅借入金等特別控除.
    pub housing_loan_credit: i64,
    /// An earlier employer this year: pay, social insurance and tax (its 源泉徴収票).
    pub previous_pay: i64,
    /// Its social insurance.
    pub previous_insurance: i64,
    /// Its withheld tax.
    pub previous_tax: i64,
    /// The earlier employer's name (and address), for 摘要.
    #[serde(default)]
    pub previous_employer: String,
    /// The day the employee left the earlier employer, for 摘要.
    #[serde(default)]
    pub previous_employer_left: Option<NaiveDate>,
}

/// The declared amounts by name (snake_case: CSV columns; kebab-case: flags).
pub const AMOUNTS: [&str; 14] = [
    "other_income",
    "life_new_general",
    "life_care_medical",
    "life_new_pension",
    "life_old_general",
    "life_old_pension",
    "earthquake",
    "old_long_term",
    "social_insurance",
    "small_business_mutual",
    "housing_loan",
    "previous_employer_pay",
    "previous_employer_insurance",
    "previous_employer_tax",
];

impl Declaration {
    /// The amount a name of [`AMOUNTS`] stands for.
    fn amount_mut(&mut self, name: &str) -> Option<&mut i64> {
        Some(match name {
            "other_income" => &mut self.other_income,
            "life_new_general" => &mut self.life_new_general,
            "life_care_medical" => &mut self.life_care_medical,
            "life_new_pension" => &mut self.life_new_pension,
            "life_old_general" => &mut self.life_old_general,
            "life_old_pension" => &mut self.life_old_pension,
            "earthquake" => &mut self.earthquake,
            "old_long_term" => &mut self.old_long_term,
            "social_insurance" => &mut self.social_insurance_direct,
            "small_business_mutual" => &mut self.small_business_mutual,
            "housing_loan" => &mut self.housing_loan_credit,
            "previous_employer_pay" => &mut self.previous_pay,
            "previous_employer_insurance" => &mut self.previous_insurance,
            "previous_employer_tax" => &mut self.previous_tax,
            _ => return None,
        })
    }
}

/// What changes in a declaration: only the given parts; the rest stays as recorded.
#[derive(Debug, Clone, Default)]
pub struct DeclarationChange {
    /// A new spouse (`Some(Some(..))`) or none any more (`Some(None)`).
    pub spouse: Option<Option<DeclaredRelative>>,
    /// A new list of dependants (empty: none).
    pub dependants: Option<Vec<DeclaredRelative>>,
    /// Own disability: none, general, special.
    pub disability: Option<String>,
    /// 寡婦.
    pub widow: Option<bool>,
    /// ひとり親.
    pub single_parent: Option<bool>,
    /// 勤労学生.
    pub working_student: Option<bool>,
    /// Amounts by the names of [`AMOUNTS`].
    pub amounts: Vec<(&'static str, i64)>,
    /// The earlier employer's name and address.
    pub previous_employer: Option<String>,
    /// The day the employee left it.
    pub previous_employer_left: Option<NaiveDate>,
}

impl DeclarationChange {
    /// The declaration with this change applied; 寡婦 with ひとり親 is refused.
    pub fn apply(self, mut d: Declaration) -> Result<Declaration> {
        if let Some(spouse) = self.spouse {
            d.spouse = spouse;
        }
        if let Some(dependants) = self.dependants {
            d.dependants = dependants;
        }
        if let Some(disability) = self.disability {
            d.disability = parse_disability(&disability)?;
        }
        d.widow = self.widow.unwrap_or(d.widow);
        d.single_parent = self.single_parent.unwrap_or(d.single_parent);
        d.working_student = self.working_student.unwrap_or(d.working_student);
        if let Some(name) = self.previous_employer {
            crate::kernel::text::check_length(
                "previous employer",
                name.trim(),
                crate::kernel::text::LINE_MAX_CHARS,
            )?;
            d.previous_employer = name.trim().to_string();
        }
        if let Some(left) = self.previous_employer_left {
            d.previous_employer_left = Some(left);
        }
        if d.widow && d.single_parent {
            bail!("寡婦 and ひとり親 cannot both apply");
        }
        for (name, value) in self.amounts {
            match d.amount_mut(name) {
                Some(field) => *field = value,
                None => bail!("'{name}' is not a declared amount"),
            }
        }
        Ok(d)
    }
}

/// Parses `BIRTH[:INCOME][:disability=general|special][:together][:name=NAME][:relation=REL]`.
pub fn parse_relative(text: &str) -> Result<DeclaredRelative> {
    let mut parts = text.split(':');
    let birth = parse_date(parts.next().unwrap_or_default().trim())?;
    let mut r = DeclaredRelative {
        name: String::new(),
        relation: String::new(),
        birth,
        income: 0,
        lives_with: false,
        disability: "none".into(),
    };
    for part in parts {
        match part.trim() {
            "together" | "同居" => r.lives_with = true,
            p if p.starts_with("disability=") => {
                r.disability = parse_disability(&p["disability=".len()..])?;
            }
            p if p.starts_with("name=") => r.name = relative_text("name", &p[5..])?,
            p if p.starts_with("relation=") => r.relation = relative_text("relation", &p[9..])?,
            p => {
                r.income = p.replace(',', "").parse().map_err(|_| {
                    anyhow::anyhow!(
                        "'{p}' in '{text}' is not an income, 'together', disability=…, name=… or relation=…"
                    )
                })?;
            }
        }
    }
    Ok(r)
}

/// A relative's name or relation, within the length a 源泉徴収票 field holds.
fn relative_text(field: &str, value: &str) -> Result<String> {
    crate::kernel::text::check_length(field, value.trim(), crate::kernel::text::NAME_MAX_CHARS)?;
    Ok(value.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relatives_in_their_notation() {
        let r = parse_relative(
            "2016-01-01:480,000:disability=special:together:name=山田 二郎:relation=子",
        )
        .unwrap();
        assert_eq!(r.birth, NaiveDate::from_ymd_opt(2016, 1, 1).unwrap());
        assert_eq!(r.income, 480_000);
        assert_eq!(r.disability, "special");
        assert!(r.lives_with);
        assert_eq!((r.name.as_str(), r.relation.as_str()), ("山田 二郎", "子"));
        assert!(parse_relative("2016-01-01:abc").is_err());
        assert!(parse_relative("2016-13-01").is_err());
        assert!(parse_relative("2016-01-01:disability=partial").is_err());
    }

    #[test]
    fn a_change_keeps_what_it_does_not_give() {
        let before = Declaration {
            life_new_general: 80_000,
            earthquake: 10_000,
            ..Declaration::default()
        };
        let change = DeclarationChange {
            amounts: vec![("earthquake", 30_000)],
            widow: Some(true),
            ..DeclarationChange::default()
        };
        let after = change.apply(before).unwrap();
        assert_eq!((after.life_new_general, after.earthquake), (80_000, 30_000));
        assert!(after.widow);
        let both = DeclarationChange {
            single_parent: Some(true),
            ..DeclarationChange::default()
        };
        assert!(both.apply(after).is_err());
    }
}
