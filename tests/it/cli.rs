//! The command contract: version, help, exit codes, completions, usage errors, broken pipes.

use crate::common::Env;
use predicates::prelude::*;

#[test]
fn version_and_help() {
    let env = Env::new();
    env.bko()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    env.bko()
        .args(["help", "ledger", "post"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--debit"));
    env.bko()
        .args(["help", "exit-codes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("101"));
    env.bko().args(["help", "nonsense"]).assert().code(1);
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.bko().arg("frobnicate").assert().code(2);
    env.bko()
        .args(["ledger", "post", "--date", "yesterday"])
        .assert()
        .code(2);
}

#[test]
fn a_missing_database_is_a_user_error_with_a_hint() {
    let env = Env::new();
    env.bko()
        .args(["ledger", "trial-balance"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bko init"));
    assert!(!env.db.exists(), "a report must not create a database");
}

#[test]
fn completions_for_every_shell() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        env.bko()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("ledger"));
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = Env::with_company();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("bko"))
        .args(["ledger", "accounts", "list", "--format", "csv"])
        .env("BKO_DB", &env.db)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_command_definition_is_consistent() {
    use clap::CommandFactory;
    bko::cli::Cli::command().debug_assert();
}
