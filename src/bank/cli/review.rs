//! `bko bank review` on a terminal: one pending line at a time with its candidates; accept one,
//! post to an account, ignore, skip or stop. Each choice is its own transaction, so stopping
//! (or Ctrl-C) keeps what was settled and leaves the rest.

use anyhow::Result;

use crate::bank::Line;
use crate::bank::matching::{Proposal, Target};
use crate::bank::settle::{self, Choice, describe};
use crate::kernel::ctx::Ctx;
use crate::kernel::db;
use crate::kernel::money::Currency;

/// Walks the pending lines.
pub fn interactive(
    ctx: &Ctx,
    pending: Vec<(Line, Vec<Proposal>)>,
    currency: Currency,
) -> Result<()> {
    let total = pending.len();
    for (n, (line, proposals)) in pending.into_iter().enumerate() {
        ctx.ui.info(format!(
            "[{}/{total}] line {} {} {} {}  {}",
            n + 1,
            line.id,
            line.account,
            line.date,
            currency.display(line.amount),
            line.payer.as_deref().unwrap_or(&line.text)
        ));
        let Some(choice) = ask(ctx, &line, &proposals)? else {
            ctx.ui.info("stopped; the lines left stay for later");
            return Ok(());
        };
        let Some(choice) = choice else {
            continue;
        };
        let remember = matches!(choice, Choice::Invoices(_) | Choice::Account { .. })
            && ctx.ui.confirm("remember this for next time?", false)?;
        let mut conn = ctx.open()?;
        let done = db::write(&mut conn, "bank review", |tx| {
            let done = settle::apply(tx, line.id, &choice, remember)?;
            Ok((done.clone(), done))
        });
        match done {
            Ok(done) => ctx.ui.info(done),
            Err(e) => ctx.ui.warn(format!("{e:#}")),
        }
    }
    Ok(())
}

/// The person's choice for a line: None stops, Some(None) skips.
fn ask(ctx: &Ctx, line: &Line, proposals: &[Proposal]) -> Result<Option<Option<Choice>>> {
    let mut items: Vec<String> = proposals
        .iter()
        .map(|p| format!("{} (score {}: {})", describe(&p.target), p.score, p.why()))
        .collect();
    let fixed = [
        "post to an account…",
        "split…",
        "pay other invoices…",
        "ignore…",
        "skip",
        "stop",
    ];
    items.extend(fixed.iter().map(|s| s.to_string()));
    let Some(picked) = ctx.ui.pick("settle this line", &items)? else {
        return Ok(None);
    };
    if let Some(p) = proposals.get(picked) {
        return Ok(Some(Some(match &p.target {
            Target::Invoices { numbers, .. } => Choice::Invoices(numbers.clone()),
            Target::Payout { label } => Choice::Payout(label.clone()),
            Target::Entry { entry_id, .. } => Choice::Entry(*entry_id),
        })));
    }
    Ok(match fixed[picked - proposals.len()] {
        "post to an account…" => {
            let account = ctx.ui.input("ledger account", None)?;
            let tax = ctx
                .ui
                .input("tax category (empty: the account's)", Some(""))?;
            let tax = Some(tax).filter(|t| !t.trim().is_empty());
            Some(Some(Choice::Account {
                account,
                tax,
                splits: Vec::new(),
            }))
        }
        "split…" => {
            let splits = ctx
                .ui
                .input("fixed lines, ACCOUNT:AMOUNT[:TAX] separated by ;", None)?;
            let splits = crate::bank::rules::parse_splits(&splits)?;
            let account = ctx.ui.input("the rest to ledger account", None)?;
            Some(Some(Choice::Account {
                account,
                tax: None,
                splits,
            }))
        }
        "pay other invoices…" => {
            let numbers = ctx.ui.input("invoice numbers (space-separated)", None)?;
            Some(Some(Choice::Invoices(
                numbers.split_whitespace().map(str::to_string).collect(),
            )))
        }
        "ignore…" => Some(Some(Choice::Ignore(
            ctx.ui.input("why does it need no entry", None)?,
        ))),
        "skip" => Some(None),
        _ => {
            let _ = line;
            None
        }
    })
}
