//! 全銀協 fixed-length transfer files (給与振込, 種別コード 11): 120-byte records — header (1),
//! data (2) per employee, trailer (8), end (9) — in JIS X 0201 (ASCII + half-width katakana,
//! the single-byte part of Shift_JIS), each record followed by CR LF. Names are upper-case
//! half-width katakana without small kana.

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};

use crate::jp::zengin::text;
pub use crate::jp::zengin::zengin_kana;

/// Record length.
pub const RECORD: usize = 120;

/// A number field: right-aligned, zero-padded to `width` digits.
fn number(value: &str, width: usize, what: &str) -> Result<Vec<u8>> {
    if value.len() > width || !value.chars().all(|c| c.is_ascii_digit()) {
        bail!("{what} '{value}' is not a number of at most {width} digits");
    }
    Ok(format!("{value:0>width$}").into_bytes())
}

/// The sending company.
pub struct Sender {
    /// 委託者コード.
    pub consignor_code: String,
    /// 委託者名.
    pub consignor_name: String,
    /// 仕向銀行番号, name, 支店番号, name, 預金種目, 口座番号.
    pub bank_code: String,
    /// Bank name.
    pub bank_name: String,
    /// Branch code.
    pub branch_code: String,
    /// Branch name.
    pub branch_name: String,
    /// Account type.
    pub account_type: String,
    /// Account number.
    pub account_number: String,
}

/// One transfer.
pub struct Transfer {
    /// Employee code (社員番号, 10 digits at most in the record).
    pub employee_code: String,
    /// Department code.
    pub department: String,
    /// Receiving bank.
    pub account: super::BankAccount,
    /// The kana name as stored.
    pub name_kana: String,
    /// Amount.
    pub amount: i64,
}

/// Builds the file. Errors name the employee.
pub fn build(sender: &Sender, pay_date: NaiveDate, transfers: &[Transfer]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut record = |parts: Vec<Vec<u8>>| {
        let r: Vec<u8> = parts.concat();
        debug_assert_eq!(r.len(), RECORD);
        out.extend_from_slice(&r);
        out.extend_from_slice(b"\r\n");
    };
    let name = zengin_kana(&sender.consignor_name)?;
    record(vec![
        b"1".to_vec(),
        b"11".to_vec(),
        b"0".to_vec(),
        number(&sender.consignor_code, 10, "委託者コード")?,
        text(&name, 40, "委託者名")?,
        format!("{:02}{:02}", pay_date.month(), pay_date.day()).into_bytes(),
        number(&sender.bank_code, 4, "仕向銀行番号")?,
        text(&zengin_kana(&sender.bank_name)?, 15, "仕向銀行名")?,
        number(&sender.branch_code, 3, "仕向支店番号")?,
        text(&zengin_kana(&sender.branch_name)?, 15, "仕向支店名")?,
        number(&sender.account_type, 1, "預金種目")?,
        number(&sender.account_number, 7, "口座番号")?,
        vec![b' '; 17],
    ]);
    let mut total = 0i64;
    for t in transfers {
        let who = |e: anyhow::Error| {
            crate::kernel::error::prefixed(format!("employee {}", t.employee_code), e)
        };
        let kana = zengin_kana(&t.name_kana).map_err(who)?;
        let code_digits: String = t
            .employee_code
            .chars()
            .filter(|c| c.is_ascii_digit())
            .collect();
        let a = &t.account;
        record(vec![
            b"2".to_vec(),
            number(&a.bank_code, 4, "被仕向銀行番号").map_err(who)?,
            text(&zengin_kana(&a.bank_name).map_err(who)?, 15, "被仕向銀行名").map_err(who)?,
            number(&a.branch_code, 3, "被仕向支店番号").map_err(who)?,
            text(
                &zengin_kana(&a.branch_name).map_err(who)?,
                15,
                "被仕向支店名",
            )
            .map_err(who)?,
            b"0000".to_vec(),
            number(&a.account_type, 1, "預金種目").map_err(who)?,
            number(&a.account_number, 7, "口座番号").map_err(who)?,
            text(&kana, 30, "受取人名").map_err(who)?,
            number(&t.amount.to_string(), 10, "振込金額").map_err(who)?,
            b"0".to_vec(),
            number(&code_digits, 10, "社員番号").map_err(who)?,
            text(&t.department, 10, "所属コード").map_err(who)?,
            vec![b' '; 9],
        ]);
        total += t.amount;
    }
    record(vec![
        b"8".to_vec(),
        number(&transfers.len().to_string(), 6, "合計件数")?,
        number(&total.to_string(), 12, "合計金額")?,
        vec![b' '; 101],
    ]);
    record(vec![b"9".to_vec(), vec![b' '; 119]]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_upper_case_half_width_kana_without_small_kana() {
        assert_eq!(zengin_kana("ヤマダ タロウ").unwrap(), "ﾔﾏﾀﾞ ﾀﾛｳ");
        assert_eq!(zengin_kana("きゅうま じゅん").unwrap(), "ｷﾕｳﾏ ｼﾞﾕﾝ");
        assert_eq!(zengin_kana("パーク").unwrap(), "ﾊﾟ-ｸ");
        assert_eq!(zengin_kana("ｶ)ｻﾝﾌﾟﾙ").unwrap(), "ｶ)ｻﾝﾌﾟﾙ");
        assert_eq!(zengin_kana("abc").unwrap(), "ABC");
        assert!(zengin_kana("山田").unwrap_err().to_string().contains("山"));
    }

    #[test]
    fn every_record_is_120_bytes_and_the_trailer_adds_up() {
        let sender = Sender {
            consignor_code: "1234567890".into(),
            consignor_name: "ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ".into(),
            bank_code: "0001".into(),
            bank_name: "ﾐｽﾞﾎ".into(),
            branch_code: "001".into(),
            branch_name: "ﾄｳｷﾖｳ".into(),
            account_type: "1".into(),
            account_number: "1234567".into(),
        };
        let account = crate::payroll::BankAccount {
            bank_code: "0005".into(),
            bank_name: "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ".into(),
            branch_code: "123".into(),
            branch_name: "ｼﾝｼﾞﾕｸ".into(),
            account_type: "1".into(),
            account_number: "7654321".into(),
        };
        let transfers = [
            Transfer {
                employee_code: "E001".into(),
                department: "".into(),
                account: account.clone(),
                name_kana: "ヤマダ タロウ".into(),
                amount: 257_210,
            },
            Transfer {
                employee_code: "E002".into(),
                department: "".into(),
                account,
                name_kana: "サトウ ハナコ".into(),
                amount: 300_000,
            },
        ];
        let file = build(
            &sender,
            NaiveDate::from_ymd_opt(2026, 5, 25).unwrap(),
            &transfers,
        )
        .unwrap();
        let records: Vec<&[u8]> = file
            .split(|b| *b == b'\n')
            .filter(|r| !r.is_empty())
            .collect();
        assert_eq!(records.len(), 5);
        for r in &records {
            assert_eq!(r.len(), RECORD + 1, "120 bytes + CR");
        }
        assert_eq!(&records[0][..4], b"1110");
        assert_eq!(&records[0][54..58], b"0525");
        let trailer = String::from_utf8(records[3][..19].to_vec()).unwrap();
        assert_eq!(trailer, "8000002000000557210");
        assert_eq!(records[4][0], b'9');
        assert_eq!(&records[1][80..90], b"0000257210");
    }
}
