//! 全銀協 fixed-length transfer files: 総合振込 (種別コード 21), 給与振込 (11) and 賞与振込 (12).
//! 120-byte records — header (1), data (2) per transfer, trailer (8), end (9) — in JIS X 0201
//! (ASCII + half-width katakana, the single-byte part of Shift_JIS), each followed by CR LF.
//! Names are upper-case half-width katakana without small kana. Layout: shared/japan-rules.md §6.

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};

use super::zengin::text;
pub use super::zengin::zengin_kana;

/// Record length.
pub const RECORD: usize = 120;

/// The 種別コード of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 総合振込 (21): suppliers and other payees.
    General,
    /// 給与振込 (11).
    Salary,
}

impl Kind {
    fn code(self) -> &'static [u8] {
        match self {
            Kind::General => b"21",
            Kind::Salary => b"11",
        }
    }
}

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

/// The receiving account.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// 銀行番号 (4 digits).
    pub bank_code: String,
    /// 銀行名 (kana; may be empty).
    pub bank_name: String,
    /// 支店番号 (3 digits).
    pub branch_code: String,
    /// 支店名 (kana; may be empty).
    pub branch_name: String,
    /// 預金種目: 1 普通, 2 当座, 4 貯蓄.
    pub account_type: String,
    /// 口座番号 (up to 7 digits).
    pub account_number: String,
}

/// What positions 92–120 of a data record carry.
#[derive(Debug, Clone, PartialEq)]
pub enum Tail {
    /// 給与振込: 社員番号 (its digits) and 所属コード.
    Employee {
        /// Employee code; its digits go to the record.
        code: String,
        /// Department code.
        department: String,
    },
    /// 総合振込: EDI情報 (20 characters, e.g. the bills paid), 振込指定区分 7 (電信), 識別表示 `Y`.
    /// Empty: 顧客コード zero and no `Y`.
    Edi(String),
}

/// One transfer.
pub struct Transfer {
    /// Who, in error messages ("employee E001", "supplier S01").
    pub who: String,
    /// Receiving account.
    pub account: Account,
    /// The kana name as stored.
    pub name_kana: String,
    /// Amount.
    pub amount: i64,
    /// Positions 92–120.
    pub tail: Tail,
}

/// Builds the file. Errors name the payee.
pub fn build(
    kind: Kind,
    sender: &Sender,
    pay_date: NaiveDate,
    transfers: &[Transfer],
) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut record = |parts: Vec<Vec<u8>>| {
        let r: Vec<u8> = parts.concat();
        debug_assert_eq!(r.len(), RECORD);
        out.extend_from_slice(&r);
        out.extend_from_slice(b"\r\n");
    };
    record(header(kind, sender, pay_date)?);
    let mut total = 0i64;
    for t in transfers {
        let who = |e: anyhow::Error| crate::kernel::error::prefixed(t.who.clone(), e);
        record(data(t).map_err(who)?);
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

fn header(kind: Kind, sender: &Sender, pay_date: NaiveDate) -> Result<Vec<Vec<u8>>> {
    Ok(vec![
        b"1".to_vec(),
        kind.code().to_vec(),
        b"0".to_vec(),
        number(&sender.consignor_code, 10, "委託者コード")?,
        text(&zengin_kana(&sender.consignor_name)?, 40, "委託者名")?,
        format!("{:02}{:02}", pay_date.month(), pay_date.day()).into_bytes(),
        number(&sender.bank_code, 4, "仕向銀行番号")?,
        text(&zengin_kana(&sender.bank_name)?, 15, "仕向銀行名")?,
        number(&sender.branch_code, 3, "仕向支店番号")?,
        text(&zengin_kana(&sender.branch_name)?, 15, "仕向支店名")?,
        number(&sender.account_type, 1, "預金種目")?,
        number(&sender.account_number, 7, "口座番号")?,
        vec![b' '; 17],
    ])
}

fn data(t: &Transfer) -> Result<Vec<Vec<u8>>> {
    let a = &t.account;
    let mut parts = vec![
        b"2".to_vec(),
        number(&a.bank_code, 4, "被仕向銀行番号")?,
        text(&zengin_kana(&a.bank_name)?, 15, "被仕向銀行名")?,
        number(&a.branch_code, 3, "被仕向支店番号")?,
        text(&zengin_kana(&a.branch_name)?, 15, "被仕向支店名")?,
        b"0000".to_vec(),
        number(&a.account_type, 1, "預金種目")?,
        number(&a.account_number, 7, "口座番号")?,
        text(&zengin_kana(&t.name_kana)?, 30, "受取人名")?,
        number(&t.amount.to_string(), 10, "振込金額")?,
        b"0".to_vec(),
    ];
    match &t.tail {
        Tail::Employee { code, department } => {
            let digits: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
            parts.push(number(&digits, 10, "社員番号")?);
            parts.push(text(department, 10, "所属コード")?);
            parts.push(vec![b' '; 9]);
        }
        Tail::Edi(edi) if edi.is_empty() => {
            parts.push(vec![b'0'; 20]);
            parts.push(b"7 ".to_vec());
            parts.push(vec![b' '; 7]);
        }
        Tail::Edi(edi) => {
            parts.push(text(&zengin_kana(edi)?, 20, "EDI情報")?);
            parts.push(b"7Y".to_vec());
            parts.push(vec![b' '; 7]);
        }
    }
    Ok(parts)
}

/// The EDI情報 of a transfer paying several bills: their numbers, space-separated, as many
/// whole ones as fit in 20 Zengin characters; empty when not one can be written there.
pub fn edi_of(numbers: &[&str]) -> String {
    let mut out = String::new();
    for n in numbers {
        let Ok(kana) = zengin_kana(n) else { continue };
        let candidate = if out.is_empty() {
            kana
        } else {
            format!("{out} {kana}")
        };
        if text(&candidate, 20, "EDI").is_ok() {
            out = candidate;
        }
    }
    out
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

    fn sender() -> Sender {
        Sender {
            consignor_code: "1234567890".into(),
            consignor_name: "ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ".into(),
            bank_code: "0001".into(),
            bank_name: "ﾐｽﾞﾎ".into(),
            branch_code: "001".into(),
            branch_name: "ﾄｳｷﾖｳ".into(),
            account_type: "1".into(),
            account_number: "1234567".into(),
        }
    }

    fn account() -> Account {
        Account {
            bank_code: "0005".into(),
            bank_name: "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ".into(),
            branch_code: "123".into(),
            branch_name: "ｼﾝｼﾞﾕｸ".into(),
            account_type: "1".into(),
            account_number: "7654321".into(),
        }
    }

    fn records(file: &[u8]) -> Vec<&[u8]> {
        let records: Vec<&[u8]> = file
            .split(|b| *b == b'\n')
            .filter(|r| !r.is_empty())
            .collect();
        for r in &records {
            assert_eq!(r.len(), RECORD + 1, "120 bytes + CR");
        }
        records
    }

    #[test]
    fn every_record_is_120_bytes_and_the_trailer_adds_up() {
        let employee = |code: &str, name: &str, amount| Transfer {
            who: format!("employee {code}"),
            account: account(),
            name_kana: name.into(),
            amount,
            tail: Tail::Employee {
                code: code.into(),
                department: "".into(),
            },
        };
        let transfers = [
            employee("E001", "ヤマダ タロウ", 257_210),
            employee("E002", "サトウ ハナコ", 300_000),
        ];
        let date = NaiveDate::from_ymd_opt(2026, 5, 25).unwrap();
        let file = build(Kind::Salary, &sender(), date, &transfers).unwrap();
        let records = records(&file);
        assert_eq!(records.len(), 5);
        assert_eq!(&records[0][..4], b"1110");
        assert_eq!(&records[0][54..58], b"0525");
        let trailer = String::from_utf8(records[3][..19].to_vec()).unwrap();
        assert_eq!(trailer, "8000002000000557210");
        assert_eq!(records[4][0], b'9');
        assert_eq!(&records[1][80..90], b"0000257210");
        assert_eq!(&records[1][91..101], b"0000000001");
    }

    /// 総合振込 (japan-rules §6, §11): 種別 21; positions 92–111 EDI情報, 112 振込指定区分 7,
    /// 113 識別表示 Y; without EDI the 顧客コード are zero and 113 is a space.
    #[test]
    fn a_general_transfer_carries_the_bill_numbers_as_edi() {
        let supplier = |edi: &str| Transfer {
            who: "supplier S01".into(),
            account: account(),
            name_kana: "ｶ)ﾃﾞﾝｷｺｳｼﾞ".into(),
            amount: 55_000,
            tail: Tail::Edi(edi.into()),
        };
        let date = NaiveDate::from_ymd_opt(2026, 5, 29).unwrap();
        let file = build(
            Kind::General,
            &sender(),
            date,
            &[supplier("INV-0042 INV-0043"), supplier("")],
        )
        .unwrap();
        let records = records(&file);
        assert_eq!(&records[0][..4], b"1210");
        assert_eq!(&records[1][91..111], b"INV-0042 INV-0043   ");
        assert_eq!(&records[1][111..113], b"7Y");
        assert_eq!(&records[2][91..111], b"00000000000000000000");
        assert_eq!(&records[2][111..113], b"7 ");
        assert_eq!(&records[3][..19], b"8000002000000110000");
    }

    #[test]
    fn edi_keeps_whole_numbers_that_fit() {
        assert_eq!(edi_of(&["A-1", "B-2"]), "A-1 B-2");
        assert_eq!(edi_of(&["1234567890", "1234567890", "X"]), "1234567890 X");
        assert_eq!(edi_of(&["請求#1"]), "");
    }
}
