//! `bko invoice ...`: the command tree of the invoice area.

mod documents;
mod guided;
mod master;
mod peppol;
mod quote;
mod receipt;
mod recurring;
mod reports;

use anyhow::Result;
use clap::Subcommand;

use crate::kernel::ctx::Ctx;

pub use documents::{CreditArgs, IssueArgs, PayArgs, PdfArgs, VoidArgs};
pub use master::{CustomersCommand, ItemsCommand};
pub use reports::{AgingArgs, ExportArgs, ListArgs, StatementArgs};

/// Invoice commands.
#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Customers: add, list, show, set, import.
    #[command(subcommand)]
    Customers(CustomersCommand),
    /// The optional item catalogue: add, list, import.
    #[command(subcommand)]
    Items(ItemsCommand),
    /// Issue an invoice (or many from CSV), post it to the ledger and write its PDF.
    Issue(IssueArgs),
    /// Record a payment (partial, with a bank fee deducted, or more than was due).
    Pay(PayArgs),
    /// Void an unpaid invoice: its entry is reversed, its number stays used.
    Void(VoidArgs),
    /// Issue a credit note (適格返還請求書) against an invoice.
    Credit(CreditArgs),
    /// List invoices and credit notes with their status.
    List(ListArgs),
    /// Show one invoice with its lines and per-rate totals.
    Show {
        /// The invoice number.
        number: String,
    },
    /// Open receivables per customer by days past due.
    Aging(AgingArgs),
    /// A customer's statement: invoices, payments, credit notes and balance.
    Statement(StatementArgs),
    /// Export invoices and their lines as CSV.
    Export(ExportArgs),
    /// Check JP PINT (Peppol) e-invoice XML: each broken rule by its JP PINT id (exit 4).
    Validate(peppol::ValidateArgs),
    /// Render the PDF of an issued invoice or credit note again.
    Pdf(PdfArgs),
    /// Write the receipt (領収書) of a recorded payment: amount, tax per rate, T-number; on
    /// paper with the 収入印紙 it needs. Again: a copy marked 再発行.
    Receipt(Box<receipt::ReceiptArgs>),
    /// Write the delivery note (納品書) of an issued invoice, with or without prices.
    DeliveryNote(receipt::DeliveryNoteArgs),
    /// Recurring invoices: the same bill every month, issued once per month by `run`.
    #[command(subcommand)]
    Recurring(recurring::RecurringCommand),
    /// Quotes (見積書): add, list, show, pdf, accept (issues the invoice), decline.
    #[command(subcommand)]
    Quote(quote::QuoteCommand),
}

/// Runs an invoice command.
pub fn run(ctx: &Ctx, cmd: InvoiceCommand) -> Result<()> {
    match cmd {
        InvoiceCommand::Customers(cmd) => master::customers(ctx, cmd),
        InvoiceCommand::Items(cmd) => master::items(ctx, cmd),
        InvoiceCommand::Issue(args) => documents::issue(ctx, args),
        InvoiceCommand::Pay(args) => documents::pay(ctx, args),
        InvoiceCommand::Void(args) => documents::void(ctx, args),
        InvoiceCommand::Credit(args) => documents::credit(ctx, args),
        InvoiceCommand::List(args) => reports::list(ctx, args),
        InvoiceCommand::Receipt(args) => receipt::write(ctx, *args),
        InvoiceCommand::Recurring(cmd) => recurring::run(ctx, cmd),
        InvoiceCommand::Quote(cmd) => quote::run(ctx, cmd),
        InvoiceCommand::DeliveryNote(args) => receipt::delivery_note(ctx, args),
        InvoiceCommand::Show { number } => reports::show(ctx, &number),
        InvoiceCommand::Aging(args) => reports::aging(ctx, args),
        InvoiceCommand::Statement(args) => reports::statement(ctx, args),
        InvoiceCommand::Export(args) => reports::export(ctx, args),
        InvoiceCommand::Pdf(args) => documents::pdf(ctx, args),
        InvoiceCommand::Validate(args) => peppol::validate(ctx, args),
    }
}
