//! The README's tour runs as written: its shell block is taken out of README.md and run, command
//! after command, in a fresh folder holding a copy of `examples/`, with `bko` on the PATH and
//! HOME pointing into the folder (the tour keeps its books in `~/books`). Any command that fails
//! fails the test, so the README cannot drift from bko again.

#[path = "it/common/mod.rs"]
mod common;

use std::path::Path;

/// The shell block that follows the "## A tour" heading.
fn tour(readme: &str) -> String {
    let start = readme.find("## A tour").expect("README has a tour");
    let block = &readme[start..];
    let open = block.find("```sh\n").expect("the tour is a sh block") + "```sh\n".len();
    let close = block[open..].find("```").expect("the block ends") + open;
    block[open..close].to_string()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn the_readme_tour_runs_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let script = tour(&readme);
    assert!(script.lines().filter(|l| l.starts_with("bko ")).count() > 50);
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join("examples"), &dir.path().join("examples"));
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("bko"), bin.join("bko")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-x", "-c", &script])
        .current_dir(dir.path())
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("BKO_TODAY", "2026-06-05")
        .env_remove("BKO_DB")
        .env_remove("BKO_FORMAT")
        .env_remove("BKO_LANG")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
    assert!(
        out.status.success(),
        "the tour stopped (exit {:?}):\n{}",
        out.status.code(),
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    );
    let books = dir.path().join("books");
    for made in [
        "company.db",
        "invoices/INV-2026-0001.pdf",
        "invoices/CN-2026-0001.pdf",
    ] {
        assert!(books.join(made).exists(), "{made}");
    }
    for made in [
        "yayoi.csv",
        "payslips",
        "zengin.txt",
        "report-2026-05",
        "company-2026-05-31.db",
    ] {
        assert!(dir.path().join(made).exists(), "{made}");
    }
    let pdf = common::pdf_text(&books.join("invoices/INV-2026-0001.pdf"));
    assert!(pdf.contains("9,388"), "{pdf}");
}
