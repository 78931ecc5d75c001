//! Layering rules from docs/architecture.md, checked on the source text: SQL only in store files
//! and the kernel, prompts and progress only in kernel/ui.rs, tables only in kernel/output.rs,
//! clap argument definitions only in the cli layer.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    sources(&root, &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

fn is_cli(path: &str) -> bool {
    path == "cli.rs"
        || path.starts_with("cli/")
        || path == "system.rs"
        || path == "demo/mod.rs"
        || path.ends_with("/cli.rs")
        || path.contains("/cli/")
}

#[test]
fn sql_lives_in_store_files_and_the_kernel() {
    let sql = [
        "SELECT ",
        "INSERT INTO",
        "UPDATE ",
        "DELETE FROM",
        "CREATE TABLE",
    ];
    for (path, text) in files() {
        let allowed = path.ends_with("store.rs") || path.starts_with("kernel/");
        if allowed {
            continue;
        }
        for keyword in sql {
            assert!(
                !text.contains(keyword),
                "{path} contains SQL ('{keyword}'): move it to a store.rs"
            );
        }
    }
}

#[test]
fn prompts_progress_and_tables_have_one_home_each() {
    for (path, text) in files() {
        if path != "kernel/ui.rs" {
            assert!(
                !text.contains("dialoguer"),
                "{path} uses dialoguer: prompt through kernel::ui"
            );
            assert!(
                !text.contains("indicatif"),
                "{path} uses indicatif: draw progress through kernel::ui"
            );
        }
        if path != "kernel/output.rs" {
            assert!(
                !text.contains("comfy_table"),
                "{path} uses comfy_table: render through kernel::output"
            );
        }
    }
}

#[test]
fn clap_arguments_are_defined_in_the_cli_layer() {
    for (path, text) in files() {
        if is_cli(&path) {
            continue;
        }
        for needle in [
            "derive(Parser",
            "Subcommand",
            "#[arg(",
            "clap::Args",
            "use clap::{Args",
        ] {
            assert!(
                !text.contains(needle),
                "{path} defines CLI arguments ('{needle}'): keep them in cli files"
            );
        }
    }
}

#[test]
fn only_the_output_and_ui_modules_print() {
    for (path, text) in files() {
        if path == "kernel/output.rs" || path == "kernel/ui.rs" {
            continue;
        }
        for needle in ["println!", "eprintln!", "print!(", "eprint!("] {
            assert!(
                !text.contains(needle),
                "{path} prints with {needle}: go through kernel::output or kernel::ui"
            );
        }
    }
}

#[test]
fn hints_are_a_field_of_the_error_not_part_of_its_text() {
    for (path, text) in files() {
        if path == "kernel/ui.rs" || path == "kernel/error.rs" {
            continue; // where hints are defined and rendered
        }
        for needle in ["\\nhint:", "\"hint:"] {
            assert!(
                !text.contains(needle),
                "{path} writes a hint into a message ({needle}): use kernel::error::hinted"
            );
        }
    }
}

#[test]
fn only_main_and_the_top_level_cli_know_the_command_tree() {
    for (path, text) in files() {
        if path == "cli.rs" || path.starts_with("cli/") || path == "main.rs" {
            continue;
        }
        assert!(
            !text.contains("crate::cli::") && !text.contains("crate::cli;"),
            "{path} imports the command tree (crate::cli): take the context from kernel::ctx"
        );
    }
}

#[test]
fn the_kernel_imports_no_area() {
    for (path, text) in files() {
        if !path.starts_with("kernel/") {
            continue;
        }
        // The areas, and the top-level modules that assemble them.
        for area in DOMAIN.iter().chain(&["system", "demo"]) {
            let needle = format!("crate::{area}::");
            assert!(
                !text.contains(&needle),
                "{path} imports the {area} area: the kernel must not know the areas"
            );
        }
    }
}

/// Areas whose store is private: other areas go through the names their mod.rs exports. The
/// company store (the settings) is next (issue 14).
const SEALED: &[&str] = &[
    "people",
    "attendance",
    "payroll",
    "inventory",
    "docs",
    "ledger",
    "invoice",
    "bank",
    "payables",
    "expenses",
];

#[test]
fn sealed_stores_are_reached_only_from_their_own_area() {
    for (path, text) in files() {
        for area in SEALED {
            if path.starts_with(&format!("{area}/")) {
                continue;
            }
            assert!(
                !text.contains(&format!("{area}::store")),
                "{path} reaches into the {area} store: use what {area}/mod.rs exports"
            );
        }
    }
}

/// The business areas, whose imports must form no cycle.
const DOMAIN: &[&str] = &[
    "company",
    "ledger",
    "invoice",
    "people",
    "attendance",
    "payroll",
    "inventory",
    "docs",
    "bank",
    "payables",
    "expenses",
    "closing",
];

/// Which areas each area names (`crate::<area>`), test modules left out.
fn area_imports()
-> std::collections::BTreeMap<&'static str, std::collections::BTreeSet<&'static str>> {
    let mut graph: std::collections::BTreeMap<_, std::collections::BTreeSet<_>> =
        DOMAIN.iter().map(|a| (*a, Default::default())).collect();
    for (path, text) in files() {
        let Some(from) = DOMAIN.iter().find(|a| path.starts_with(&format!("{a}/"))) else {
            continue;
        };
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for to in DOMAIN.iter().filter(|to| *to != from) {
            let named = code
                .match_indices(&format!("crate::{to}"))
                .any(|(at, needle)| {
                    !code[at + needle.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                });
            if named {
                graph.get_mut(from).unwrap().insert(*to);
            }
        }
    }
    graph
}

#[test]
fn the_areas_import_each_other_without_a_cycle() {
    let graph = area_imports();
    // Depth-first search for a path back to where it started.
    fn reaches(
        graph: &std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>>,
        from: &str,
        target: &str,
        seen: &mut std::collections::BTreeSet<String>,
    ) -> bool {
        for next in &graph[from] {
            if *next == target {
                return true;
            }
            if seen.insert(next.to_string()) && reaches(graph, next, target, seen) {
                return true;
            }
        }
        false
    }
    for area in DOMAIN {
        let mut seen = Default::default();
        assert!(
            !reaches(&graph, area, area, &mut seen),
            "{area} imports an area that imports it back: {graph:?}"
        );
    }
    // The company profile is the root every area may read; it reads none of them.
    assert!(
        graph["company"].is_empty(),
        "company imports {:?}",
        graph["company"]
    );
}

/// Functions in `text` with their first line and length in lines: from a `fn` line to the
/// closing brace at the same indentation (declarations without a body are skipped).
fn function_lengths(text: &str) -> Vec<(usize, String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let is_fn = [
            "fn ",
            "pub fn ",
            "pub(super) fn ",
            "pub(crate) fn ",
            "const fn ",
        ]
        .iter()
        .any(|p| trimmed.starts_with(p));
        if !is_fn || trimmed.ends_with(';') {
            continue;
        }
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) = lines[i + 1..].iter().position(|l| l.trim_end() == close) {
            let name = trimmed.split('(').next().unwrap_or(trimmed).to_string();
            out.push((i + 1, name, end + 2));
        }
    }
    out
}

#[test]
fn files_and_functions_stay_short() {
    let mut long = Vec::new();
    for (path, text) in files() {
        let lines = text.lines().count();
        if lines > 700 {
            long.push(format!("{path}: {lines} lines (at most 700)"));
        }
        for (at, name, length) in function_lengths(&text) {
            if length > 80 {
                long.push(format!("{path}:{at} {name}: {length} lines (at most 80)"));
            }
            if is_cli(&path) && length > 65 {
                long.push(format!(
                    "{path}:{at} {name}: {length} lines; a command handler parses, calls one \
                     operation and renders (at most ~60)"
                ));
            }
        }
    }
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn the_length_rule_can_fail() {
    let body = "    x();\n".repeat(90);
    let text = format!("fn long() {{\n{body}}}\n\nfn short() {{\n    y();\n}}\n");
    let lengths = function_lengths(&text);
    assert_eq!(lengths.len(), 2);
    assert_eq!(lengths[0].2, 92);
    assert_eq!(lengths[1].2, 3);
}

/// Which area owns each table: only that area's store (or the kernel, for the kernel's tables)
/// may name it in SQL. A new table must be given an owner here.
const TABLE_OWNERS: &[(&str, &[&str])] = &[
    ("kernel", &["audit_log", "setting"]),
    (
        "ledger",
        &[
            "account",
            "journal_entry",
            "journal_line",
            "ledger_lock",
            "ledger_year_end",
        ],
    ),
    (
        "invoice",
        &[
            "catalog_item",
            "customer",
            "delivery_note",
            "invoice",
            "invoice_counter",
            "invoice_line",
            "invoice_rate",
            "payment",
            "quote",
            "receipt",
            "receipt_rate",
            "recurring_invoice",
            "recurring_issue",
            "customer_alias",
        ],
    ),
    (
        "expenses",
        &[
            "expense_advance",
            "expense_claim",
            "expense_line",
            "expense_reimbursement",
        ],
    ),
    (
        "payables",
        &[
            "bill",
            "bill_document",
            "bill_line",
            "bill_payment",
            "bill_rate",
            "input_tax_transition",
            "payment_run",
            "payment_run_line",
            "payment_run_payee",
            "payment_run_transfer",
            "supplier",
        ],
    ),
    (
        "bank",
        &[
            "bank_account",
            "bank_import",
            "bank_line",
            "bank_match",
            "bank_match_payment",
            "bank_profile",
            "bank_rule",
            "cash_count",
        ],
    ),
    (
        "docs",
        &[
            "doc_bigram",
            "doc_blob",
            "doc_event",
            "doc_fts",
            "doc_version",
            "document",
        ],
    ),
    (
        "inventory",
        &[
            "inv_count",
            "inv_count_line",
            "inv_item",
            "inv_location",
            "inv_movement",
            "inv_revaluation",
            "inv_valuation_checkpoint",
            "inv_valuation_state",
        ],
    ),
    ("people", &["employee"]),
    (
        "attendance",
        &[
            "attendance_closed",
            "holiday",
            "leave_grant",
            "leave_taken",
            "timecard",
            "timecard_history",
            "work_calendar",
        ],
    ),
    (
        "payroll",
        &[
            "bonus_run",
            "bonus_slip",
            "pay_run",
            "pay_setting",
            "pay_slip",
            "payroll_reimbursement",
            "pay_table_grade",
            "pay_table_health",
            "pay_table_rate",
            "pay_table_withholding",
            "pay_table_withholding_band",
            "yearend_declaration",
            "yearend_settlement",
            "yearend_settlement_line",
        ],
    ),
];

/// The tables a piece of SQL-bearing text names after FROM, JOIN, INTO, UPDATE or TABLE.
fn tables_named(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|w| matches!(w[0], "FROM" | "JOIN" | "INTO" | "UPDATE" | "TABLE"))
        .map(|w| w[1].to_string())
        .collect()
}

/// The owner of a table, if it is one of bko's.
fn owner_of(table: &str) -> Option<&'static str> {
    TABLE_OWNERS
        .iter()
        .find(|(_, tables)| tables.contains(&table))
        .map(|(area, _)| *area)
}

/// Tables named by a file of `area` that another area owns.
fn foreign_tables(area: &str, text: &str) -> Vec<String> {
    tables_named(text)
        .into_iter()
        .filter(|t| owner_of(t).is_some_and(|owner| owner != area))
        .collect()
}

#[test]
fn every_table_has_an_owning_area() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/kernel/migrations");
    for entry in std::fs::read_dir(dir).unwrap() {
        let sql = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let words: Vec<&str> = sql.split_whitespace().collect();
        // A table rebuilt under a temporary name and renamed to the real one (how SQLite
        // changes a CHECK) is owned under its final name.
        let renamed: Vec<&str> = words
            .windows(6)
            .filter(|w| w[0] == "ALTER" && w[1] == "TABLE" && w[3] == "RENAME" && w[4] == "TO")
            .map(|w| w[2])
            .collect();
        for w in words.windows(3) {
            if w[0] == "CREATE" && w[1] == "TABLE" {
                let table = w[2].trim_end_matches('(');
                if renamed.contains(&table) {
                    continue;
                }
                assert!(
                    owner_of(table).is_some(),
                    "table {table} has no owner in tests/architecture.rs TABLE_OWNERS"
                );
            }
        }
    }
}

#[test]
fn stores_touch_only_their_own_tables() {
    for (path, text) in files() {
        if path.starts_with("kernel/") {
            continue;
        }
        let area = path.split('/').next().unwrap_or_default();
        let foreign = foreign_tables(area, &text);
        assert!(
            foreign.is_empty(),
            "{path} names tables of another area in SQL: {foreign:?}; call that area's public functions"
        );
    }
}

#[test]
fn the_table_rule_can_fail() {
    let leaky =
        "conn.query_row(\"SELECT c.code FROM employee e JOIN work_calendar c ON c.id = 1\")";
    assert_eq!(foreign_tables("people", leaky), vec!["work_calendar"]);
    assert!(foreign_tables("attendance", leaky).contains(&"employee".to_string()));
}

#[test]
fn records_live_with_the_rules_not_in_stores() {
    for (path, text) in files() {
        if !path.ends_with("/store.rs") {
            continue;
        }
        for line in text.lines() {
            let record = line.starts_with("pub struct ") || line.starts_with("pub enum ");
            // A prepared-statement holder is store machinery, not a record.
            let machinery = line.contains("Inserter");
            assert!(
                !record || machinery,
                "{path}: `{line}` — records and states belong in the area's mod.rs or types.rs"
            );
        }
    }
}

#[test]
fn thin_commands_call_operations_not_the_store() {
    for (path, text) in files() {
        // Every area: its commands call its `ops` module (or another operation module, or its
        // public surface), never its store.
        let Some(area) = DOMAIN.iter().find(|a| path.starts_with(&format!("{a}/"))) else {
            continue;
        };
        if !is_cli(&path) {
            continue;
        }
        assert!(
            !text.contains("store::") && !text.contains("store;"),
            "{path} reaches the {area} store: call {area}::ops or the area's public reads"
        );
    }
}
