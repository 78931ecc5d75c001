//! The only place that talks to a person: messages on stderr, prompts (dialoguer) and progress
//! bars (indicatif). Prompts happen only when stdin and stderr are terminals and `--yes` was not
//! given; every prompt has a flag that makes it unnecessary.
#![allow(clippy::print_stderr)]

use std::io::IsTerminal;

use anyhow::Result;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, FuzzySelect, Input};
use indicatif::{ProgressBar, ProgressStyle};

/// How this run may talk to the person at the terminal.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    /// Never prompt (`--yes`, or no terminal).
    pub yes: bool,
    /// Only errors on stderr (`--quiet`).
    pub quiet: bool,
}

impl Ui {
    /// Whether a missing value may be asked for.
    pub fn can_prompt(&self) -> bool {
        !self.yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// A progress message on stderr, unless `--quiet`.
    pub fn info(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A warning on stderr, even with `--quiet`.
    pub fn warn(&self, message: impl std::fmt::Display) {
        eprintln!("warning: {message}");
    }

    /// Asks for a line of text.
    pub fn input(&self, prompt: &str, default: Option<&str>) -> Result<String> {
        let theme = ColorfulTheme::default();
        let mut input = Input::<String>::with_theme(&theme).with_prompt(prompt);
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        Ok(input.interact_text()?)
    }

    /// Lets the person pick one of `items` by typing part of it; `None` when they pick nothing.
    pub fn pick(&self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let theme = ColorfulTheme::default();
        Ok(FuzzySelect::with_theme(&theme)
            .with_prompt(prompt)
            .items(items)
            .default(0)
            .interact_opt()?)
    }

    /// Asks yes or no.
    pub fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        let theme = ColorfulTheme::default();
        Ok(Confirm::with_theme(&theme)
            .with_prompt(prompt)
            .default(default)
            .interact()?)
    }

    /// A byte-count progress bar on stderr, hidden unless stderr is a terminal.
    pub fn progress(&self, total_bytes: u64, what: &str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(total_bytes);
        if let Ok(style) =
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_string());
        bar
    }
}

/// Prints `bko VERSION` on stdout, as clap's `--version` does (stdout is data: written, not
/// printed, so a closed pipe is no panic).
pub fn print_version() {
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "bko {}", env!("CARGO_PKG_VERSION"));
}

/// Prints an error and its causes and hints on stderr.
pub fn print_error(err: &anyhow::Error) {
    // Bad input can be megabytes long; no line of a message is allowed to echo all of it.
    let clip = |text: String| crate::kernel::text::clip_message(&text, 500);
    eprintln!("error: {}", clip(err.to_string()));
    for cause in err.chain().skip(1) {
        eprintln!("  caused by: {}", clip(cause.to_string()));
    }
    for hint in crate::kernel::error::hints(err) {
        eprintln!("hint: {}", clip(hint.to_string()));
    }
}
