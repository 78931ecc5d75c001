//! The payables area's records: suppliers, bill input, stored bills.

use chrono::NaiveDate;

use super::{CreditClass, Withholding};

/// A supplier (仕入先・支払先).
#[derive(Debug, Clone, PartialEq)]
pub struct Supplier {
    /// Row id (0 before it is stored).
    pub id: i64,
    /// Code used on the command line.
    pub code: String,
    /// Name.
    pub name: String,
    /// Name in kana (the bank file writes it).
    pub kana: Option<String>,
    /// T-number; None: not registered (a fact that decides the input tax).
    pub registration_number: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// 金融機関コード.
    pub bank_code: Option<String>,
    /// 支店コード.
    pub branch_code: Option<String>,
    /// 銀行名 in kana (the 総合振込 file's 被仕向銀行名; may be left out).
    pub bank_name: Option<String>,
    /// 支店名 in kana.
    pub branch_name: Option<String>,
    /// ordinary, checking or savings.
    pub account_type: Option<String>,
    /// 口座番号.
    pub account_number: Option<String>,
    /// 口座名義 (half-width kana).
    pub holder_kana: Option<String>,
    /// Payment terms key (as invoices: eom+1, net30, ...).
    pub payment_terms: String,
    /// Who bears the transfer fee: us or the supplier.
    pub fee_bearer: String,
    /// Whether 取適法 covers the relationship.
    pub covered: bool,
    /// Withholding class.
    pub withholding: Withholding,
    /// Default expense account.
    pub expense_account_id: Option<i64>,
    /// Where the amount owed is carried (未払金, or 買掛金 for goods).
    pub payable_account_id: i64,
    /// The consumption-tax rate (税区分) of bill lines that state none: 10, 8 or 0.
    pub tax_rate: Option<u32>,
}

/// One line of a bill as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct BillLineInput {
    /// What was bought.
    pub name: String,
    /// The amount (tax included or not, as the bill says).
    pub amount: i64,
    /// 10, 8 or 0.
    pub rate: u32,
    /// The expense account (default: the supplier's).
    pub account: Option<String>,
}

/// A bill as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct BillInput {
    /// Supplier code.
    pub supplier: String,
    /// The supplier's number for it.
    pub number: Option<String>,
    /// Bill date.
    pub date: NaiveDate,
    /// Received (default: the bill date).
    pub received: Option<NaiveDate>,
    /// Due (default: from the supplier's terms).
    pub due: Option<NaiveDate>,
    /// The line amounts include the tax.
    pub tax_included: bool,
    /// The tax per rate as the bill states it (the supplier rounded it).
    pub stated_tax: Vec<(u32, i64)>,
    /// A book-only purchase (public transport, 出張旅費, 通勤手当, postage): creditable without
    /// a qualified invoice.
    pub book_only: bool,
    /// The lines.
    pub lines: Vec<BillLineInput>,
}

/// Per rate: base, tax, the creditable part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BillRate {
    /// 10, 8 or 0.
    pub rate: u32,
    /// Tax-excluded amount.
    pub base: i64,
    /// Consumption tax.
    pub tax: i64,
    /// The creditable input tax (all of it, or the 経過措置 share).
    pub creditable: i64,
}

/// A stored bill.
#[derive(Debug, Clone, PartialEq)]
pub struct Bill {
    /// Row id.
    pub id: i64,
    /// Supplier code.
    pub supplier: String,
    /// Supplier name.
    pub supplier_name: String,
    /// Their number.
    pub number: Option<String>,
    /// Bill date.
    pub date: NaiveDate,
    /// Received.
    pub received: NaiveDate,
    /// Due.
    pub due: NaiveDate,
    /// The credit class decided for it.
    pub credit_class: CreditClass,
    /// The creditable share in percent.
    pub credit_percent: i64,
    /// Tax-excluded total.
    pub subtotal: i64,
    /// Tax.
    pub tax: i64,
    /// Total.
    pub total: i64,
    /// Withheld tax.
    pub withholding: i64,
    /// open or void.
    pub status: String,
    /// The entry.
    pub entry_id: i64,
    /// What live payments have settled of the net.
    pub paid: i64,
    /// What those payments made due of the withholding.
    pub withheld_paid: i64,
}

impl Bill {
    /// What is paid to the supplier: the total less the tax withheld.
    pub fn net(&self) -> i64 {
        self.total - self.withholding
    }

    /// What is still owed to the supplier.
    pub fn outstanding(&self) -> i64 {
        self.net() - self.paid
    }

    /// The share of the withholding a payment of `amount` makes due: the rest of it when the
    /// payment settles the bill, else in proportion, rounded down (the last payment takes what
    /// is left, so the shares add up to the withholding).
    pub fn withheld_share(&self, amount: i64) -> i64 {
        if amount >= self.outstanding() {
            self.withholding - self.withheld_paid
        } else {
            self.withholding * amount / self.net().max(1)
        }
    }
}

/// A payment run (支払予定): a draft until confirmed.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRun {
    /// Run number.
    pub id: i64,
    /// 振込指定日.
    pub date: NaiveDate,
    /// Bills due on or before this day were taken.
    pub due_through: NaiveDate,
    /// draft, confirmed or cancelled.
    pub status: String,
    /// The ledger account paid from.
    pub account_id: i64,
    /// The transfers' entry, once confirmed.
    pub entry_id: Option<i64>,
    /// The bank fees' entry, once confirmed (when fees are known).
    pub fee_entry_id: Option<i64>,
}

/// What a run pays of one bill.
#[derive(Debug, Clone, PartialEq)]
pub struct RunLine {
    /// The bill.
    pub bill_id: i64,
    /// Supplier code.
    pub supplier: String,
    /// The supplier's number for the bill.
    pub number: Option<String>,
    /// Due.
    pub due: NaiveDate,
    /// Of the bill's net (the fee deducted included).
    pub amount: i64,
    /// The withholding this payment makes due.
    pub withheld: i64,
}

/// One transfer of a run: a supplier's bills together.
#[derive(Debug, Clone, PartialEq)]
pub struct RunTransfer {
    /// Supplier id.
    pub supplier_id: i64,
    /// Supplier code.
    pub supplier: String,
    /// Supplier name.
    pub name: String,
    /// What reaches the supplier.
    pub amount: i64,
    /// The fee deducted from it (先方負担).
    pub deducted: i64,
    /// The fee the bank charges for it.
    pub bank_fee: i64,
    /// EDI情報: the bills' numbers.
    pub edi: String,
}

/// A payment of a bill to store.
pub struct NewBillPayment {
    /// The bill.
    pub bill_id: i64,
    /// Paid on.
    pub date: NaiveDate,
    /// Of the net.
    pub amount: i64,
    /// The withholding it makes due.
    pub withheld: i64,
    /// The run, if paid by one.
    pub run_id: Option<i64>,
    /// Its entry.
    pub entry_id: i64,
}

/// What is stored of a new bill (its computed figures and entry).
pub struct NewBillRow<'a> {
    /// Supplier id.
    pub supplier_id: i64,
    /// Their number.
    pub number: Option<&'a str>,
    /// Bill, received and due dates.
    pub dates: (NaiveDate, NaiveDate, NaiveDate),
    /// Tax included on the lines.
    pub tax_included: bool,
    /// Credit class and percent.
    pub credit: (CreditClass, i64),
    /// Subtotal, tax, total, withholding.
    pub amounts: (i64, i64, i64, i64),
    /// The entry.
    pub entry_id: i64,
    /// When.
    pub at: &'a str,
}

/// A stored payment of a bill.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRow {
    /// Payment id.
    pub id: i64,
    /// The bill.
    pub bill_id: i64,
    /// Paid on.
    pub date: NaiveDate,
    /// Of the net.
    pub amount: i64,
    /// The withholding it made due.
    pub withheld: i64,
    /// The run, when paid by one.
    pub run_id: Option<i64>,
    /// Its entry.
    pub entry_id: i64,
    /// Reversed on.
    pub reversed_on: Option<NaiveDate>,
}
