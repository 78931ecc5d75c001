//! The integration tests, in one binary (one link instead of one per area): each module runs
//! the real `bko` binary on temp databases through the shared helpers in `common`.

mod common;

mod accountant;
mod attendance;
mod bank;
mod cli;
mod closing;
mod docs;
mod einvoice;
mod excel;
mod expenses;
mod hardening;
mod import_properties;
mod inventory;
mod invoice;
mod invoice_guided;
mod invoice_quotes;
mod invoice_receipts;
mod ledger;
mod payables;
mod payables_runs;
mod payroll;
mod startup;
mod upgrade;
