//! Links the unwinder statically on Linux with glibc, so `bko` needs no shared library but libc.
//!
//! Rust's standard library asks for `-lgcc_s` (GCC's unwinder as a shared library). Loading it
//! costs every command ~0.3 ms before `main` — a tenth of an empty report (docs/performance.md,
//! ADR 0012). GCC ships the same unwinder as a static archive, `libgcc_eh.a` (what
//! `gcc -static-libgcc` links). This script copies it as `libgcc_s.a` into a folder searched
//! before the system's, so the linker takes the archive, and the shared library, no longer
//! needed, is left out (`--as-needed`). Panics and backtraces work as before.
//!
//! Nothing is changed when the archive is not found (another C compiler, another libc, a
//! cross build) or when `BKO_SHARED_UNWINDER` is set: the build then links as Rust does by
//! default. `BKO_STATIC_UNWINDER` tells the tests which of the two was built.
//!
//! On a native Linux with glibc the binary is also linked at a fixed address (`-no-pie`),
//! which spares the loader its relocations; `BKO_PIE` set keeps a position-independent
//! executable. `BKO_NO_PIE` tells the tests.
//!
//! A build that links the C library in (`RUSTFLAGS="-C target-feature=+crt-static"`, a
//! packager's static binary) needs neither: it has no shared library to load, and `-no-pie`
//! on top of the static-pie rustc then links makes a binary that crashes at start.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for var in ["BKO_SHARED_UNWINDER", "BKO_PIE", "CC", "TARGET_CC"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let linked = static_unwinder_folder().is_some_and(|folder| {
        println!("cargo:rustc-link-search=native={}", folder.display());
        true
    });
    println!(
        "cargo:rustc-env=BKO_STATIC_UNWINDER={}",
        if linked { "yes" } else { "no" }
    );
    let fixed_address = native_glibc() && std::env::var_os("BKO_PIE").is_none();
    if fixed_address {
        // The executable at a fixed address: the loader no longer applies its ~16,000
        // relocations and copies the pages they touch before `main` (ADR 0012). Only the
        // binary; tests and libraries link as before.
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!(
        "cargo:rustc-env=BKO_NO_PIE={}",
        if fixed_address { "yes" } else { "no" }
    );
    println!(
        "cargo:rustc-env=BKO_STATIC_LIBC={}",
        if static_libc() { "yes" } else { "no" }
    );
}

/// glibc linked into the binary (`-C target-feature=+crt-static`).
fn static_libc() -> bool {
    std::env::var("CARGO_CFG_TARGET_FEATURE")
        .unwrap_or_default()
        .split(',')
        .any(|feature| feature == "crt-static")
}

/// A build for the Linux with glibc it runs on (not a cross build), linking glibc as a shared
/// library (not `+crt-static`).
fn native_glibc() -> bool {
    let env = |name: &str| std::env::var(name).unwrap_or_default();
    env("CARGO_CFG_TARGET_OS") == "linux"
        && env("CARGO_CFG_TARGET_ENV") == "gnu"
        && env("HOST") == env("TARGET")
        && !static_libc()
}

/// The folder holding `libgcc_s.a` (a copy of GCC's static unwinder), when this build can use one.
fn static_unwinder_folder() -> Option<PathBuf> {
    if !native_glibc() || std::env::var_os("BKO_SHARED_UNWINDER").is_some() {
        return None;
    }
    let archive = gcc_file("libgcc_eh.a")?;
    let folder = PathBuf::from(std::env::var_os("OUT_DIR")?).join("static-unwinder");
    std::fs::create_dir_all(&folder).ok()?;
    std::fs::copy(&archive, folder.join("libgcc_s.a")).ok()?;
    Some(folder)
}

/// Where the C compiler keeps one of its own files (`cc -print-file-name`), if it has it.
fn gcc_file(name: &str) -> Option<PathBuf> {
    let compiler = ["TARGET_CC", "CC"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "cc".to_string());
    let output = Command::new(&compiler)
        .arg(format!("-print-file-name={name}"))
        .output()
        .ok()?;
    let printed = String::from_utf8(output.stdout).ok()?;
    // A compiler without the file prints its bare name back.
    let path = Path::new(printed.trim());
    (output.status.success() && path.is_absolute() && path.is_file()).then(|| path.to_path_buf())
}
