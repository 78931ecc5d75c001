//! The command line: global flags, the command tree, and dispatch to each area's `cli`. Also the
//! generated artefacts (completions, man page, CLI reference) that must never drift from it.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::kernel::csvio::Encoding;
use crate::kernel::output::{self, Format, Lang};
use crate::kernel::ui::Ui;

/// bko — a back office in one binary: books, invoices, timecards, payroll, stock and documents
/// on one local SQLite file.
#[derive(Debug, Parser)]
#[command(
    name = "bko",
    version,
    disable_help_subcommand = true,
    max_term_width = 100
)]
pub struct Cli {
    /// The options every command takes.
    #[command(flatten)]
    pub globals: Globals,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes (global: accepted before or after the command).
#[derive(Debug, Args)]
pub struct Globals {
    /// The database file [default: ./bko.db; `bko demo`: ./bko-demo.db].
    #[arg(long, global = true, env = "BKO_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Output format of listings and reports.
    #[arg(long, global = true, env = "BKO_FORMAT", value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Language of headers and labels (default: the company locale).
    #[arg(long, global = true, env = "BKO_LANG", value_enum)]
    pub lang: Option<Lang>,
    /// Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a
    /// terminal). Commands that make files (PDFs, exports) take it as their own output.
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists.
    #[arg(long, global = true)]
    pub force: bool,
    /// Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932
    /// [default: the company's csv_encoding, else utf-8]. Importers take it as the encoding of
    /// their input (default: detected).
    #[arg(long, global = true, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
    /// Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first].
    #[arg(long, global = true, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Importers: rows above the header row to skip (a title, merged cells, a date line).
    #[arg(long, global = true, value_name = "N", default_value_t = 0)]
    pub skip_rows: usize,
    /// Never prompt; missing values are errors.
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Only errors on stderr.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a company database.
    Init(crate::company::cli::InitArgs),
    /// Show or change the company profile and settings.
    #[command(subcommand)]
    Company(crate::company::cli::CompanyCommand),
    /// Double-entry books: accounts, journal, reports.
    #[command(subcommand)]
    Ledger(crate::ledger::cli::LedgerCommand),
    /// Customers, qualified invoices (適格請求書) as PDF, payments, credit notes, aging.
    #[command(subcommand)]
    Invoice(crate::invoice::cli::InvoiceCommand),
    /// Employees (shared by attendance and payroll).
    #[command(subcommand)]
    People(crate::people::cli::PeopleCommand),
    /// Timecards, hours under 労働基準法, 36協定 checks, paid leave, closing a month.
    #[command(subcommand)]
    Attendance(crate::attendance::cli::AttendanceCommand),
    /// Monthly payroll: social insurance, withholding tax, payslips, Zengin file.
    #[command(subcommand)]
    Payroll(crate::payroll::cli::PayrollCommand),
    /// Bank and card statements: import, matching to invoices and pay-outs, rules,
    /// reconciliation (出納確認), cash counts.
    #[command(subcommand)]
    Bank(crate::bank::cli::BankCommand),
    /// Suppliers and bills received: input tax, withholding on fees, due and aging, 取適法.
    #[command(subcommand)]
    Payables(crate::payables::cli::PayablesCommand),
    /// Expense claims (経費精算): receipts, approval, advances, repayment with pay or at once.
    #[command(subcommand)]
    Expenses(crate::expenses::cli::ExpensesCommand),
    /// Goods and supplies: movements, exact valuation (moving average, FIFO), stock reports.
    #[command(subcommand)]
    Inventory(crate::inventory::cli::InventoryCommand),
    /// Document archive (電子帳簿保存法): store, search, version, retain.
    #[command(subcommand)]
    Docs(crate::docs::cli::DocsCommand),
    /// Close a month: check everything, then lock the books (exit 4 when an item fails).
    Close(crate::closing::cli::CloseArgs),
    /// Report packs: a month's or a year's statements as CSV and PDF.
    #[command(subcommand)]
    Report(crate::closing::cli::ReportCommand),
    /// Verify the database: integrity, balanced entries, trial balance, audit chain.
    Check,
    /// Copy the database safely while it is in use.
    Backup(crate::system::BackupArgs),
    /// Show the audit log of write commands.
    Audit(crate::system::AuditArgs),
    /// Create a demo company with a month of books and show its reports.
    Demo(crate::demo::DemoArgs),
    /// Print a shell completion script.
    Completions(crate::system::CompletionsArgs),
    /// Print the man page (roff).
    #[command(hide = true)]
    Man,
    /// Show help for a command, or a topic: `bko help exit-codes`.
    Help(crate::system::HelpArgs),
}

pub use crate::kernel::ctx::Ctx;

mod tree;
pub use tree::definition_for;

/// Every area's settings, in the order `bko company show` lists them.
pub fn settings_registry() -> [&'static [crate::kernel::settings::SettingSpec]; 11] {
    [
        crate::company::settings::SETTINGS,
        crate::ledger::settings::SETTINGS,
        crate::invoice::settings::SETTINGS,
        crate::docs::settings::SETTINGS,
        crate::inventory::settings::SETTINGS,
        crate::attendance::settings::SETTINGS,
        crate::closing::settings::SETTINGS,
        crate::payroll::settings::SETTINGS,
        crate::bank::settings::SETTINGS,
        crate::payables::settings::SETTINGS,
        crate::expenses::settings::SETTINGS,
    ]
}

/// The longest argument bko takes: room for any path, and far more than the longest text field.
pub const ARGUMENT_MAX_BYTES: usize = 4096;

/// Whether the arguments are `--version` (or `-V`) alone: answered without building the
/// command tree, which is most of bko's start-up (scripts probe the version often; clap's answer
/// is the same line).
pub fn asks_only_for_the_version(args: impl IntoIterator<Item = std::ffi::OsString>) -> bool {
    let rest: Vec<std::ffi::OsString> = args.into_iter().skip(1).collect();
    matches!(rest.as_slice(), [only] if only == "--version" || only == "-V")
}

/// Refuses an argument longer than [`ARGUMENT_MAX_BYTES`] before clap sees it, so that a pasted
/// megabyte is a usage error (exit 2) quoted by its start only, never stored.
pub fn check_argument_lengths(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<()> {
    for (position, arg) in args.into_iter().enumerate().skip(1) {
        if arg.len() > ARGUMENT_MAX_BYTES {
            let text = arg.to_string_lossy();
            anyhow::bail!(
                "argument {position} is {} bytes long; bko takes at most {ARGUMENT_MAX_BYTES} \
                 ('{}')",
                arg.len(),
                crate::kernel::text::excerpt(&text)
            );
        }
    }
    Ok(())
}

/// Parses the command line. `-o` and `--force` are global, and commands that write files have
/// their own `-o` (same name, so one flag means "where this command's output goes"); a folder
/// such a command defaults to (`payroll payslips`: `payslips`) is that command's own, not a file
/// for listings.
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    // Parsed in place: cloning the whole command tree first was a third of bko's start-up.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut definition = definition_for(&args);
    let matches = definition
        .try_get_matches_from_mut(args)
        .unwrap_or_else(|e| e.exit());
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // clap hands a command's own `-o`, `--force` or `--encoding` (its PDF folder, its input's
    // encoding) up to the global flag of the same name; listings must not take them for theirs.
    let own = tree::local_arguments(&definition, &matches);
    if own.iter().any(|id| id == "output") {
        cli.globals.output = None;
    }
    if own.iter().any(|id| id == "force") {
        cli.globals.force = false;
    }
    if own.iter().any(|id| id == "encoding") {
        cli.globals.encoding = Encoding::Auto;
    }
    cli
}

/// Parses the arguments and runs the command.
pub fn run(cli: Cli) -> Result<()> {
    crate::kernel::sheet::set_options(crate::kernel::sheet::SheetOptions {
        sheet: cli.globals.sheet.clone(),
        skip_rows: cli.globals.skip_rows,
    });
    let ctx = Ctx {
        db_explicit: cli.globals.db.is_some(),
        db_path: cli
            .globals
            .db
            .clone()
            .unwrap_or_else(|| PathBuf::from("bko.db")),
        format: cli.globals.format,
        lang: cli.globals.lang,
        output: cli.globals.output.clone(),
        force: cli.globals.force,
        encoding: cli.globals.encoding,
        company_csv_encoding: std::cell::Cell::new(None),
        output_written: std::cell::Cell::new(false),
        ui: Ui {
            yes: cli.globals.yes,
            quiet: cli.globals.quiet,
        },
    };
    match cli.command {
        Command::Init(args) => crate::company::cli::init(&ctx, args, &crate::system::LedgerBooks),
        Command::Company(cmd) => {
            crate::company::cli::run(&ctx, cmd, &settings_registry(), &crate::system::LedgerBooks)
        }
        Command::Ledger(cmd) => crate::ledger::cli::run(&ctx, cmd),
        Command::Invoice(cmd) => crate::invoice::cli::run(&ctx, cmd),
        Command::Docs(cmd) => crate::docs::cli::run(&ctx, cmd, &crate::system::BooksLinks),
        Command::Inventory(cmd) => crate::inventory::cli::run(&ctx, cmd),
        Command::Bank(cmd) => crate::bank::cli::run(&ctx, cmd),
        Command::Payables(cmd) => crate::payables::cli::run(&ctx, cmd),
        Command::Expenses(cmd) => crate::expenses::cli::run(&ctx, cmd),
        Command::People(cmd) => {
            crate::people::cli::run(&ctx, cmd, crate::attendance::days_recorded_after)
        }
        Command::Attendance(cmd) => crate::attendance::cli::run(&ctx, cmd),
        Command::Payroll(cmd) => crate::payroll::cli::run(&ctx, cmd),
        Command::Close(args) => crate::closing::cli::close(&ctx, args),
        Command::Report(cmd) => crate::closing::cli::report(&ctx, cmd),
        Command::Check => crate::system::check(&ctx),
        Command::Backup(args) => crate::system::backup(&ctx, args),
        Command::Audit(args) => crate::system::audit(&ctx, args),
        Command::Demo(args) => crate::demo::run(&ctx, args),
        Command::Completions(args) => completions(args),
        Command::Man => output::print_bytes(&man_page()?),
        Command::Help(args) => help(args),
    }
}

/// The man page, rendered from the clap definition.
pub fn man_page() -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(out)
}

/// A shell completion script.
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "bko", &mut out);
    out
}

/// The CLI reference in Markdown: every command with its help text.
pub fn cli_reference() -> String {
    let mut out = String::from(
        "# bko command-line reference\n\nGenerated from the clap definition \
         (`cargo test` fails when this file drifts; regenerate with \
         `BKO_UPDATE_GENERATED=1 cargo test --test generated`).\n",
    );
    let mut cmd = Cli::command();
    cmd.build();
    write_reference(&mut out, &cmd, "bko");
    out
}

fn write_reference(out: &mut String, cmd: &clap::Command, path: &str) {
    if cmd.is_hide_set() {
        return;
    }
    out.push_str(&format!("\n## `{path}`\n\n```text\n"));
    let help = cmd.clone().term_width(100).render_long_help().to_string();
    out.push_str(help.trim_end());
    out.push_str("\n```\n");
    for sub in cmd.get_subcommands() {
        write_reference(out, sub, &format!("{path} {}", sub.get_name()));
    }
}

/// Every generated file with its expected content, relative to the project root.
pub fn generated_files() -> Result<Vec<(String, Vec<u8>)>> {
    use clap_complete::Shell;
    let mut files = vec![
        ("docs/man/bko.1".to_string(), man_page()?),
        (
            "docs/cli-reference.md".to_string(),
            cli_reference().into_bytes(),
        ),
    ];
    for (shell, name) in [
        (Shell::Bash, "bko.bash"),
        (Shell::Zsh, "_bko"),
        (Shell::Fish, "bko.fish"),
        (Shell::PowerShell, "_bko.ps1"),
        (Shell::Elvish, "bko.elv"),
    ] {
        files.push((format!("completions/{name}"), completion_script(shell)));
    }
    Ok(files)
}

/// Prints a completion script.
fn completions(args: crate::system::CompletionsArgs) -> Result<()> {
    output::print_bytes(&completion_script(args.shell))
}

/// Prints help for a command path or a topic.
fn help(args: crate::system::HelpArgs) -> Result<()> {
    if args.topic.first().map(String::as_str) == Some("exit-codes") {
        return output::print_bytes(crate::kernel::error::EXIT_CODES_HELP.as_bytes());
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut current = cmd;
    for name in &args.topic {
        let Some(sub) = current.find_subcommand(name).cloned() else {
            return Err(crate::kernel::error::hinted(
                format!("no command or help topic '{}'", args.topic.join(" ")),
                "`bko help` lists the commands; topics: exit-codes",
            ));
        };
        current = sub;
    }
    output::print_bytes(current.render_long_help().to_string().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_declared_once_and_its_default_is_valid() {
        let mut seen = std::collections::HashSet::new();
        for spec in settings_registry().iter().flat_map(|specs| specs.iter()) {
            assert!(seen.insert(spec.key), "{} is declared twice", spec.key);
            if !spec.default.is_empty() {
                let normalized = (spec.normalize)(spec.default).unwrap();
                assert_eq!(normalized, spec.default, "{}", spec.key);
            }
        }
        assert!(seen.len() > 50);
    }
}
