//! Free text that people and files hand to bko: the length limits of stored text and the short
//! excerpt that error messages quote. A message never echoes more than an excerpt of bad input, so
//! a 10 MB field cannot flood a terminal or a log. Must not touch SQL or the terminal.

use anyhow::{Result, bail};

/// Longest code (customer code, SKU, employee code, account code) bko stores.
pub const CODE_MAX_CHARS: usize = 40;
/// Longest name (customer, item, employee, account, subject of an invoice).
pub const NAME_MAX_CHARS: usize = 120;
/// Longest one-line field that is not a name (address, contact, e-mail, department, reason).
pub const LINE_MAX_CHARS: usize = 200;
/// Longest note or description.
pub const NOTE_MAX_CHARS: usize = 1000;
/// Longest field a CSV file may hold at all; the per-column limits above are checked by the area.
pub const CSV_FIELD_MAX_CHARS: usize = 2000;
/// How many characters of bad input a message quotes.
const EXCERPT_CHARS: usize = 40;

/// The start of `text`, at most 40 characters, with the full length when it was cut:
/// `abcdef…(10485760 characters)`.
pub fn excerpt(text: &str) -> String {
    let mut chars = text.char_indices();
    match chars.nth(EXCERPT_CHARS) {
        None => text.to_string(),
        Some((cut, _)) => format!("{}…({} characters)", &text[..cut], text.chars().count()),
    }
}

/// Refuses text longer than `max` characters, naming the field and the limit.
pub fn check_length(field: &str, text: &str, max: usize) -> Result<()> {
    // Bytes are at least characters, so the count is only needed for long text.
    if text.len() > max {
        let count = text.chars().count();
        if count > max {
            bail!(
                "{field}: {count} characters is more than the {max} it may hold ('{}')",
                excerpt(text)
            );
        }
    }
    Ok(())
}

/// [`check_length`] for an optional value.
pub fn check_optional_length(field: &str, text: Option<&str>, max: usize) -> Result<()> {
    text.map_or(Ok(()), |t| check_length(field, t, max))
}

/// Cuts every line of a message to a readable length (the last guard before stderr).
pub fn clip_message(message: &str, max_line_chars: usize) -> String {
    message
        .lines()
        .map(|line| {
            if line.len() <= max_line_chars || line.chars().count() <= max_line_chars {
                line.to_string()
            } else {
                let cut: String = line.chars().take(max_line_chars).collect();
                format!("{cut}…(cut; {} characters)", line.chars().count())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_keeps_short_text_and_cuts_long_text() {
        assert_eq!(excerpt("短い"), "短い");
        let long = "あ".repeat(1000);
        let cut = excerpt(&long);
        assert!(cut.starts_with(&"あ".repeat(40)));
        assert!(cut.ends_with("…(1000 characters)"), "{cut}");
    }

    #[test]
    fn length_limit_counts_characters_not_bytes() {
        assert!(check_length("name", &"日".repeat(120), NAME_MAX_CHARS).is_ok());
        let err = check_length("name", &"日".repeat(121), NAME_MAX_CHARS)
            .unwrap_err()
            .to_string();
        assert!(err.contains("121 characters is more than the 120"), "{err}");
        assert!(err.len() < 300, "{err}");
    }

    #[test]
    fn clipped_messages_keep_short_lines() {
        let message = format!("short\n{}", "x".repeat(5000));
        let clipped = clip_message(&message, 100);
        assert!(clipped.starts_with("short\n"));
        assert!(clipped.len() < 200);
    }
}
