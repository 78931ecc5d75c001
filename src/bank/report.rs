//! The bank listings as reports (rendered as table, CSV or JSON by the kernel).

use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};

use super::matching::Proposal;
use super::ops::{CashCount, Reconciliation};
use super::profiles::Profile;
use super::settle::{MatchOutcome, describe};
use super::types::{BankAccount, Line, Rule};

/// The accounts; `ledger` names each one's ledger account.
pub fn accounts(
    list: &[BankAccount],
    ledger: impl Fn(i64) -> String,
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "bank_accounts",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "名称", "Name"),
            Column::new("kind", "種類", "Kind"),
            Column::new("ledger_account", "勘定科目", "Ledger account"),
            Column::new("bank_code", "銀行コード", "Bank"),
            Column::new("branch_code", "支店コード", "Branch"),
            Column::new("type", "預金種目", "Type"),
            Column::new("number", "口座番号", "Number"),
            Column::new("holder_kana", "口座名義", "Holder"),
            Column::new("profile", "明細形式", "Profile"),
        ],
    );
    for a in list {
        r.rows.push(vec![
            Cell::text(&a.code),
            Cell::opt_text(a.name.clone()),
            Cell::text(a.kind.key()),
            Cell::text(ledger(a.ledger_account_id)),
            Cell::opt_text(a.bank_code.clone()),
            Cell::opt_text(a.branch_code.clone()),
            Cell::opt_text(a.deposit_type.map(|d| d.label())),
            Cell::opt_text(a.number.clone()),
            Cell::opt_text(a.holder_kana.clone()),
            Cell::opt_text(a.profile.clone()),
        ]);
    }
    r
}

/// The statement layouts; `user` tells the user's from the built-in ones.
pub fn profiles(list: &[(Profile, bool)], currency: Currency) -> Report {
    let mut r = Report::new(
        "bank_profiles",
        currency,
        vec![
            Column::new("name", "名前", "Name"),
            Column::new("source", "種別", "Source"),
            Column::new("kind", "対象", "Kind"),
            Column::new("about", "説明", "About"),
            Column::new("date", "日付列", "Date column"),
            Column::new("amount", "金額列", "Amount columns"),
            Column::new("description", "摘要列", "Description"),
            Column::new("balance", "残高列", "Balance"),
            Column::new("id", "ID列", "Id"),
            Column::new("encoding", "文字コード", "Encoding"),
        ],
    );
    for (p, user) in list {
        let amount = match (&p.amount, &p.deposit, &p.withdrawal) {
            (Some(a), _, _) => a.clone(),
            (None, Some(i), Some(o)) => format!("in {i} / out {o}"),
            _ => String::new(),
        };
        r.rows.push(vec![
            Cell::text(&p.name),
            Cell::text(if *user { "user" } else { "built-in" }),
            Cell::text(&p.kind),
            Cell::text(&p.about),
            Cell::text(
                format!("{} {}", p.date.join("+"), p.date_format)
                    .trim()
                    .to_string(),
            ),
            Cell::text(amount),
            Cell::text(p.description.join("+")),
            Cell::opt_text(p.balance.clone()),
            Cell::opt_text(p.id.clone()),
            Cell::text(&p.encoding),
        ]);
    }
    r
}

fn line_columns() -> Vec<Column> {
    vec![
        Column::new("line", "明細ID", "Line"),
        Column::new("account", "口座", "Account"),
        Column::new("date", "日付", "Date"),
        Column::new("deposit", "入金", "In"),
        Column::new("withdrawal", "出金", "Out"),
        Column::new("balance", "残高", "Balance"),
        Column::new("text", "摘要", "Description"),
    ]
}

fn line_cells(l: &Line) -> Vec<Cell> {
    vec![
        Cell::Int(l.id),
        Cell::text(&l.account),
        Cell::Date(l.date),
        Cell::money_or_empty(l.amount.max(0)),
        Cell::money_or_empty((-l.amount).max(0)),
        l.balance.map_or(Cell::Empty, Cell::Money),
        Cell::text(&l.text),
    ]
}

/// Statement lines with how each was settled.
pub fn lines(list: &[Line], currency: Currency) -> Report {
    let mut columns = line_columns();
    columns.push(Column::new("status", "状態", "Status"));
    columns.push(Column::new("settled_by", "消込", "Settled by"));
    columns.push(Column::new("entry", "仕訳", "Entry"));
    let mut r = Report::new("bank_lines", currency, columns);
    for l in list {
        let mut row = line_cells(l);
        match &l.matched {
            Some((kind, detail, entry)) => {
                row.push(Cell::text(kind));
                row.push(Cell::text(detail));
                row.push(entry.map_or(Cell::Empty, Cell::Int));
            }
            None => row.extend([Cell::text("unmatched"), Cell::Empty, Cell::Empty]),
        }
        r.rows.push(row);
    }
    r
}

/// What `bank match` did (or would do): settled lines, then those left.
pub fn match_outcome(outcome: &MatchOutcome, currency: Currency) -> Report {
    let mut columns = line_columns();
    columns.push(Column::new("result", "結果", "Result"));
    columns.push(Column::new("detail", "内容", "Detail"));
    let mut r = Report::new("bank_match", currency, columns);
    for s in &outcome.settled {
        let mut row = line_cells(&s.line);
        row.extend([Cell::text("settled"), Cell::text(&s.how)]);
        r.rows.push(row);
    }
    for (line, proposals) in &outcome.pending {
        let mut row = line_cells(line);
        let best = proposals
            .first()
            .map(|p| format!("best: {} (score {})", describe(&p.target), p.score))
            .unwrap_or_else(|| "no candidate".into());
        row.extend([Cell::text("review"), Cell::text(best)]);
        r.rows.push(row);
    }
    r.notes.push(format!(
        "{} settled, {} left for review",
        outcome.settled.len(),
        outcome.pending.len()
    ));
    r
}

/// Pending lines with every candidate, one row per candidate (`bank review --format json`).
pub fn review(pending: &[(Line, Vec<Proposal>)], currency: Currency) -> Report {
    let mut columns = line_columns();
    columns.push(Column::new("payer", "振込依頼人", "Payer"));
    columns.push(Column::new("candidate", "候補", "Candidate"));
    columns.push(Column::new("score", "点数", "Score"));
    columns.push(Column::new("why", "根拠", "Why"));
    let mut r = Report::new("bank_review", currency, columns);
    for (line, proposals) in pending {
        let mut base = line_cells(line);
        base.push(Cell::opt_text(line.payer.clone()));
        if proposals.is_empty() {
            let mut row = base.clone();
            row.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
            r.rows.push(row);
        }
        for p in proposals {
            let mut row = base.clone();
            row.extend([
                Cell::text(describe(&p.target)),
                Cell::Int(p.score),
                Cell::text(p.why()),
            ]);
            r.rows.push(row);
        }
    }
    r
}

/// The rules in order.
pub fn rules(list: &[Rule], currency: Currency) -> Report {
    let labels = [
        ("ルール", "Rule"),
        ("入出金", "Direction"),
        ("口座", "Account"),
        ("条件", "Test"),
        ("文字列", "Text"),
        ("最小額", "Min"),
        ("最大額", "Max"),
        ("処理", "Action"),
        ("相手", "Target"),
        ("税区分", "Tax"),
        ("分割", "Splits"),
    ];
    let columns = super::rules::COLUMNS
        .iter()
        .zip(labels)
        .map(|(key, (ja, en))| Column::new(*key, ja, en))
        .collect();
    let mut r = Report::new("bank_rules", currency, columns);
    for rule in list {
        r.rows.push(
            super::rules::to_row(rule)
                .into_iter()
                .map(Cell::Text)
                .collect(),
        );
    }
    r
}

/// The 銀行勘定調整表: balances, then what explains their difference.
pub fn reconciliation(rec: &Reconciliation, currency: Currency) -> Report {
    let mut r = Report::new(
        "bank_reconciliation",
        currency,
        vec![
            Column::new("item", "項目", "Item"),
            Column::new("date", "日付", "Date"),
            Column::new("reference", "参照", "Reference"),
            Column::new("description", "摘要", "Description"),
            Column::new("amount", "金額", "Amount"),
        ],
    );
    let row = |item: &str,
               date: Option<chrono::NaiveDate>,
               reference: Cell,
               text: &str,
               amount: Option<i64>| {
        vec![
            Cell::text(item),
            date.map_or(Cell::Empty, Cell::Date),
            reference,
            Cell::text(text),
            amount.map_or(Cell::Empty, Cell::Money),
        ]
    };
    let code = &rec.account.code;
    r.rows.push(row(
        "statement_balance",
        Some(rec.as_of),
        Cell::text(code),
        "銀行残高",
        rec.statement_balance,
    ));
    r.rows.push(row(
        "ledger_balance",
        Some(rec.as_of),
        Cell::text(code),
        "帳簿残高",
        Some(rec.ledger_balance),
    ));
    for l in &rec.unmatched {
        r.rows.push(row(
            "unmatched_line",
            Some(l.date),
            Cell::Int(l.id),
            &l.text,
            Some(l.amount),
        ));
    }
    for o in &rec.outstanding {
        r.rows.push(row(
            "outstanding_entry",
            Some(o.date),
            Cell::Int(o.entry_id),
            &o.memo,
            Some(o.amount),
        ));
    }
    let difference = rec.statement_balance.map(|s| s - rec.ledger_balance);
    r.rows.push(row(
        "difference",
        Some(rec.as_of),
        Cell::Empty,
        "差額",
        difference,
    ));
    r.notes.push(match rec.covered_through {
        Some(d) => format!("statements imported through {d}"),
        None => "no statement imported".into(),
    });
    r
}

/// A 金種表.
pub fn cash_count(count: &CashCount, currency: Currency) -> Report {
    let mut r = Report::new(
        "cash_count",
        currency,
        vec![
            Column::new("denomination", "金種", "Denomination"),
            Column::new("pieces", "枚数", "Pieces"),
            Column::new("amount", "金額", "Amount"),
        ],
    );
    for (face, n) in &count.pieces {
        r.rows.push(vec![
            Cell::Money(*face),
            Cell::Int(*n),
            Cell::Money(face * n),
        ]);
    }
    r.totals = Some(vec![
        Cell::text("合計"),
        Cell::Empty,
        Cell::Money(count.counted),
    ]);
    r.notes.push(format!(
        "books {}; difference {}{}",
        currency.display(count.book),
        currency.display(count.counted - count.book),
        match count.entry_id {
            Some(e) => format!("; posted as entry {e}"),
            None => String::new(),
        }
    ));
    r
}
