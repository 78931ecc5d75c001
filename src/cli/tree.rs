//! The command tree a command line is parsed with: the whole tree, or — when the line names an
//! area (`bko ledger ...`) — the global options and that area alone, and of the area only the
//! command named. Most of a small command's start-up was clap building the ~200 commands it
//! does not run (docs/performance.md).

use clap::{Args, CommandFactory, Subcommand};

use super::{Cli, Globals};

/// The command tree to parse a command line with: when the line names an area (`bko ledger
/// ...`), the global options and that area's subtree only — and of the area, only the command
/// the line names when it is one of them (`ledger trial-balance`); else the whole tree.
/// Building all ~200 commands to run one was most of a small command's start-up, and clap
/// copies the global options into every command beside the one parsed (docs/performance.md);
/// the tests `pruned_trees_are_the_full_trees_parts` and
/// `an_areas_command_alone_is_its_part_of_the_full_tree` keep each part equal to the whole's.
pub fn definition_for(args: &[std::ffi::OsString]) -> clap::Command {
    let root = pruned_root();
    let named = words(args, &root);
    let tree = named
        .first()
        .and_then(|area| area_tree(area, named.get(1).copied()));
    match tree {
        Some(area) => root.subcommand(area),
        None => Cli::command(),
    }
}

/// The first two arguments that are neither options nor options' values, before any `--`: the
/// area a line names and the command in it (`globals`: a command holding the global options,
/// as `Globals` declares them).
fn words<'a>(args: &'a [std::ffi::OsString], globals: &clap::Command) -> Vec<&'a str> {
    let takes_a_value = |arg: &str| {
        globals.get_arguments().any(|a| {
            a.get_action().takes_values()
                && (a
                    .get_long()
                    .is_some_and(|l| arg.strip_prefix("--") == Some(l))
                    || a.get_short().is_some_and(|c| arg == format!("-{c}")))
        })
    };
    let mut found = Vec::new();
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let Some(arg) = arg.to_str().filter(|a| *a != "--") else {
            break;
        };
        if !arg.starts_with('-') {
            found.push(arg);
            if found.len() == 2 {
                break;
            }
        } else if takes_a_value(arg) {
            rest.next();
        }
    }
    found
}

/// The root of the tree: bko's name, version, settings and global options, no commands yet.
fn pruned_root() -> clap::Command {
    let root = clap::Command::new("bko")
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true)
        .max_term_width(100)
        .about(
            "bko — a back office in one binary: books, invoices, timecards, payroll, stock and \
             documents on one local SQLite file",
        )
        .long_about(None);
    <Globals as Args>::augment_args(root)
        .subcommand_required(true)
        .arg_required_else_help(true)
}

/// One area's subtree, as the derived tree builds it (`help`, `man` and `completions` take the
/// whole tree); of an area with commands, only `command` when it is one of them.
fn area_tree(name: &str, command: Option<&str>) -> Option<clap::Command> {
    books_area(name, command)
        .or_else(|| office_area(name, command))
        .map(|area| area.long_about(None))
}

/// The areas of the books: company, ledger, invoices, people, attendance and payroll.
fn books_area(name: &str, command: Option<&str>) -> Option<clap::Command> {
    use crate::{attendance, company, invoice, ledger, payroll, people};
    Some(match name {
        "init" => args::<company::cli::InitArgs>("init", "Create a company database"),
        "company" => nested::<company::cli::CompanyCommand>(
            "company",
            command,
            "Show or change the company profile and settings",
        ),
        "ledger" => nested::<ledger::cli::LedgerCommand>(
            "ledger",
            command,
            "Double-entry books: accounts, journal, reports",
        ),
        "invoice" => nested::<invoice::cli::InvoiceCommand>(
            "invoice",
            command,
            "Customers, qualified invoices (適格請求書) as PDF, payments, credit notes, aging",
        ),
        "people" => nested::<people::cli::PeopleCommand>(
            "people",
            command,
            "Employees (shared by attendance and payroll)",
        ),
        "attendance" => nested::<attendance::cli::AttendanceCommand>(
            "attendance",
            command,
            "Timecards, hours under 労働基準法, 36協定 checks, paid leave, closing a month",
        ),
        "payroll" => nested::<payroll::cli::PayrollCommand>(
            "payroll",
            command,
            "Monthly payroll: social insurance, withholding tax, payslips, Zengin file",
        ),
        _ => return None,
    })
}

/// The other areas: bank, payables, expenses, inventory, documents, closing and the system.
fn office_area(name: &str, command: Option<&str>) -> Option<clap::Command> {
    use crate::{bank, closing, docs, expenses, inventory, payables, system};
    Some(match name {
        "bank" => nested::<bank::cli::BankCommand>(
            "bank",
            command,
            "Bank and card statements: import, matching to invoices and pay-outs, rules, \
             reconciliation (出納確認), cash counts",
        ),
        "payables" => nested::<payables::cli::PayablesCommand>(
            "payables",
            command,
            "Suppliers and bills received: input tax, withholding on fees, due and aging, 取適法",
        ),
        "expenses" => nested::<expenses::cli::ExpensesCommand>(
            "expenses",
            command,
            "Expense claims (経費精算): receipts, approval, advances, repayment with pay or at once",
        ),
        "inventory" => nested::<inventory::cli::InventoryCommand>(
            "inventory",
            command,
            "Goods and supplies: movements, exact valuation (moving average, FIFO), stock reports",
        ),
        "docs" => nested::<docs::cli::DocsCommand>(
            "docs",
            command,
            "Document archive (電子帳簿保存法): store, search, version, retain",
        ),
        "close" => args::<closing::cli::CloseArgs>(
            "close",
            "Close a month: check everything, then lock the books (exit 4 when an item fails)",
        ),
        "report" => nested::<closing::cli::ReportCommand>(
            "report",
            command,
            "Report packs: a month's or a year's statements as CSV and PDF",
        ),
        "check" => clap::Command::new("check")
            .about("Verify the database: integrity, balanced entries, trial balance, audit chain"),
        "backup" => {
            args::<system::BackupArgs>("backup", "Copy the database safely while it is in use")
        }
        "audit" => args::<system::AuditArgs>("audit", "Show the audit log of write commands"),
        "demo" => args::<crate::demo::DemoArgs>(
            "demo",
            "Create a demo company with a month of books and show its reports",
        ),
        _ => return None,
    })
}

/// An area with commands: all of them, or only `command` when it names one (by name or
/// alias). The derived enums set nothing on the area itself, so an area holding one command
/// differs from the whole only by the others (the test
/// `an_areas_command_alone_is_its_part_of_the_full_tree`).
fn nested<T: Subcommand>(
    name: &'static str,
    command: Option<&str>,
    about: &'static str,
) -> clap::Command {
    let all = T::augment_subcommands(clap::Command::new(name));
    let area = match command
        .and_then(|c| all.find_subcommand(c))
        .map(|c| c.get_name().to_string())
    {
        Some(found) => {
            // Taken out whole (clap has no way to remove the others, nor to copy just one).
            let mut kept = None;
            drop(all.mut_subcommand(&found, |c| {
                kept = Some(c);
                clap::Command::new("")
            }));
            clap::Command::new(name).subcommand(kept.expect("found above"))
        }
        None => all,
    };
    area.subcommand_required(true)
        .arg_required_else_help(true)
        .about(about)
}

fn args<T: Args>(name: &'static str, about: &'static str) -> clap::Command {
    T::augment_args(clap::Command::new(name)).about(about)
}

/// The ids of the arguments the command that runs defines itself (not the global ones).
pub(super) fn local_arguments(
    definition: &clap::Command,
    matches: &clap::ArgMatches,
) -> Vec<String> {
    let (mut command, mut current) = (definition, matches);
    while let Some((name, sub)) = current.subcommand() {
        match command.find_subcommand(name) {
            Some(next) => command = next,
            None => break,
        }
        current = sub;
    }
    if std::ptr::eq(command, definition) {
        return Vec::new();
    }
    // The tree is built by now: the global flags were copied into every command, marked global.
    command
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of a subtree, depth first: what a user can see of it.
    fn helps(command: &mut clap::Command, out: &mut Vec<String>) {
        out.push(command.render_long_help().to_string());
        for sub in command.get_subcommands_mut() {
            helps(sub, out);
        }
    }

    #[test]
    fn pruned_trees_are_the_full_trees_parts() {
        let mut full = Cli::command();
        full.build();
        let names: Vec<String> = full
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        let mut pruned_areas = 0;
        for name in names {
            let args: Vec<std::ffi::OsString> = ["bko", "--db", "x.db", &name, "--help"]
                .iter()
                .map(|a| a.into())
                .collect();
            let mut pruned = definition_for(&args);
            pruned.build();
            if pruned.get_subcommands().count() > 1 {
                continue; // help, man, completions: the whole tree
            }
            pruned_areas += 1;
            let (mut want, mut got) = (Vec::new(), Vec::new());
            helps(
                full.find_subcommand_mut(&name).expect("in the full tree"),
                &mut want,
            );
            helps(
                pruned
                    .find_subcommand_mut(&name)
                    .expect("in the pruned tree"),
                &mut got,
            );
            assert_eq!(
                got, want,
                "the pruned tree of `{name}` differs from the full one"
            );
        }
        assert!(pruned_areas >= 18, "only {pruned_areas} areas were pruned");
    }

    /// A line naming an area's command (`bko ledger --format csv trial-balance`) is parsed with
    /// that command alone in its area, and the command is the full tree's, help for help.
    #[test]
    fn an_areas_command_alone_is_its_part_of_the_full_tree() {
        let mut full = Cli::command();
        full.build();
        let areas: Vec<(String, Vec<String>)> = full
            .get_subcommands()
            .map(|area| {
                let commands = area.get_subcommands().map(|c| c.get_name().to_string());
                let commands = commands.filter(|c| c != "help").collect();
                (area.get_name().to_string(), commands)
            })
            .collect();
        let mut checked = 0;
        for (area, commands) in &areas {
            for command in commands {
                let args: Vec<std::ffi::OsString> =
                    ["bko", area, "--format", "csv", command, "--help"]
                        .iter()
                        .map(|a| a.into())
                        .collect();
                let mut pruned = definition_for(&args);
                pruned.build();
                let pruned_area = pruned.find_subcommand_mut(area).expect("the area");
                let kept: Vec<&str> = pruned_area
                    .get_subcommands()
                    .map(|c| c.get_name())
                    .filter(|c| *c != "help")
                    .collect();
                assert_eq!(kept, [command.as_str()], "`{area} {command}`");
                let (mut want, mut got) = (Vec::new(), Vec::new());
                let part = |tree: &mut clap::Command| -> clap::Command {
                    let area = tree.find_subcommand_mut(area).expect("the area");
                    area.find_subcommand_mut(command)
                        .expect("the command")
                        .clone()
                };
                helps(&mut part(&mut full), &mut want);
                helps(&mut part(&mut pruned), &mut got);
                assert_eq!(got, want, "`{area} {command}` differs from the full tree's");
                checked += 1;
            }
        }
        assert!(checked >= 100, "only {checked} commands were checked");
    }

    #[test]
    fn the_area_is_found_after_global_options_and_their_values() {
        let named = |line: &[&str]| -> Vec<String> {
            let args: Vec<std::ffi::OsString> = line.iter().map(|a| a.into()).collect();
            let found = words(&args, &pruned_root());
            found.into_iter().map(str::to_string).collect()
        };
        let area = |line: &[&str]| named(line).into_iter().next();
        assert_eq!(area(&["bko", "ledger", "post"]).as_deref(), Some("ledger"));
        assert_eq!(
            area(&[
                "bko",
                "--db",
                "ledger",
                "-q",
                "--format=csv",
                "invoice",
                "list"
            ])
            .as_deref(),
            Some("invoice")
        );
        assert_eq!(
            area(&["bko", "-o", "out.xlsx", "-y", "bank"]).as_deref(),
            Some("bank")
        );
        assert_eq!(area(&["bko", "--format"]), None);
        assert_eq!(area(&["bko", "--", "ledger"]), None);
        assert_eq!(
            named(&[
                "bko",
                "ledger",
                "-o",
                "tb.csv",
                "trial-balance",
                "--as-of",
                "x"
            ]),
            ["ledger", "trial-balance"]
        );
        assert_eq!(named(&["bko", "ledger", "--", "post"]), ["ledger"]);
    }
}
