//! A pseudo-terminal to drive bko's prompts as a person would: the program's stdin, stdout and
//! stderr are the terminal's slave side; the test reads what it draws and types keys.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running program on a terminal.
pub struct Session {
    master: File,
    child: Child,
    screen: Arc<Mutex<Vec<u8>>>,
    seen: usize,
}

impl Session {
    /// Starts `cmd` on a new 160×50 terminal.
    pub fn spawn(mut cmd: std::process::Command) -> Session {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize {
            ws_row: 50,
            ws_col: 160,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two new descriptors we then own; null name and termios.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors were just opened for us and are owned once each.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup"));
        cmd.stdin(io(&slave)).stdout(io(&slave)).stderr(io(&slave));
        let child = cmd.spawn().expect("spawn on the terminal");
        drop(slave);
        let screen = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().expect("dup master");
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Reading ends with EIO once the program has closed the terminal.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            master,
            child,
            screen,
            seen: 0,
        }
    }

    /// Waits (up to 15 s) until `text` is drawn after what was matched before (colours and
    /// cursor moves left out: a picker colours each character on its own).
    pub fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = plain(&String::from_utf8_lossy(&self.screen.lock().unwrap()));
            let from = self.seen.min(screen.len());
            let from = (0..=from)
                .rev()
                .find(|i| screen.is_char_boundary(*i))
                .unwrap_or(0);
            if let Some(at) = screen[from..].find(text) {
                self.seen = from + at + text.len();
                return;
            }
            if Instant::now() > deadline {
                let tail: String = screen[from..].chars().rev().take(1500).collect();
                let tail: String = tail.chars().rev().collect();
                panic!("'{text}' never appeared; the terminal shows:\n{tail}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `keys` (a line is ended with "\r", the Enter key).
    pub fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
        self.master.flush().expect("type");
    }

    /// Waits for the program to end.
    pub fn wait(mut self) -> ExitStatus {
        self.child.wait().expect("wait")
    }
}

/// The text without its escape sequences (CSI `ESC [ … final`, and other `ESC x` pairs).
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.next_if_eq(&'[').is_some() {
            for x in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&x) {
                    break;
                }
            }
        } else {
            chars.next();
        }
    }
    out
}
