//! Files bko writes beside the database: PDFs, exports, payslips, transfer files, report packs.
//! Three rules hold for every one of them (docs/input-and-files.md):
//! - **Private**: created 0600 (folders 0700) whatever the umask, because most of them carry pay,
//!   bank or employee data and the rest carry the books.
//! - **Whole or not at all**: written to a temporary file beside the target and renamed into place
//!   only on success, so a failed export never leaves half a file nor destroys the previous one.
//! - **No silent overwrite**: an existing file is refused unless the command was given `--force`
//!   (like `bko backup`).
//!
//! Must not print.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse to write over it (the default of every command).
    Refuse,
    /// Replace it (`--force`, or a file bko owns such as an invoice's own PDF).
    Replace,
}

impl Existing {
    /// `--force` given or not.
    pub fn from_force(force: bool) -> Existing {
        if force {
            Existing::Replace
        } else {
            Existing::Refuse
        }
    }
}

/// Refuses an existing file unless it may be replaced.
pub fn check_target(path: &Path, existing: Existing) -> Result<()> {
    if existing == Existing::Refuse && path.exists() {
        return Err(crate::kernel::error::hinted(
            format!("{} already exists", path.display()),
            "add --force to replace it, or choose another name",
        ));
    }
    Ok(())
}

/// Creates a folder (and its parents) readable by the owner only.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("cannot create the folder {}", dir.display()))
}

/// Writes a whole file: private, atomic, refusing an existing one unless `existing` allows it.
pub fn write_file(path: &Path, bytes: &[u8], existing: Existing) -> Result<()> {
    let mut out = AtomicFile::create(path, existing)?;
    out.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    out.commit()
}

/// Writes a batch of named files into a folder. Every name is checked before the first is
/// written, so a refused batch writes nothing.
pub fn write_batch<N: AsRef<Path>>(
    dir: &Path,
    files: &[(N, Vec<u8>)],
    existing: Existing,
) -> Result<()> {
    let files: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (dir.join(name), bytes.as_slice()))
        .collect();
    write_many(&files, existing)
}

/// Writes many files, each private and atomic like `write_file`, with one wait for the disk
/// for all of them: every file goes to its temporary first, then they are made durable
/// together, then renamed into place. Syncing a thousand invoices one by one waits for the disk
/// a thousand times (a fifth of an issuing batch, docs/performance.md). Every path is checked
/// before the first file is written.
pub fn write_many<P: AsRef<Path>, B: AsRef<[u8]>>(
    files: &[(P, B)],
    existing: Existing,
) -> Result<()> {
    for (path, _) in files {
        check_target(path.as_ref(), existing)?;
    }
    let mut pending = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let path = path.as_ref();
        let mut out = AtomicFile::create(path, existing)?;
        out.write_all(bytes.as_ref())
            .with_context(|| format!("cannot write {}", path.display()))?;
        // Closed at once: a batch of ten thousand payslips must not hold ten thousand files open.
        pending.push(out.close()?);
    }
    sync_all_of(&pending)?;
    for written in pending {
        written.rename_into_place()?;
    }
    Ok(())
}

/// Makes the written temporaries durable: one `syncfs` of their file system on Linux, one
/// fsync each elsewhere.
fn sync_all_of(pending: &[Written]) -> Result<()> {
    #[cfg(target_os = "linux")]
    if let Some(first) = pending.first() {
        let file = File::open(&first.temporary)
            .with_context(|| format!("cannot write {}", first.target.display()))?;
        return rustix::fs::syncfs(&file)
            .with_context(|| format!("cannot write {}", first.target.display()));
    }
    for written in pending {
        OpenOptions::new()
            .write(true)
            .open(&written.temporary)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("cannot write {}", written.target.display()))?;
    }
    Ok(())
}

/// A written, closed temporary waiting to be renamed to its target; removed if dropped first.
struct Written {
    target: PathBuf,
    temporary: PathBuf,
    renamed: bool,
}

impl Written {
    fn rename_into_place(mut self) -> Result<()> {
        std::fs::rename(&self.temporary, &self.target)
            .with_context(|| format!("cannot write {}", self.target.display()))?;
        self.renamed = true;
        Ok(())
    }
}

impl Drop for Written {
    fn drop(&mut self) {
        if !self.renamed {
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// A file being written: a private temporary file beside the target that becomes the target on
/// [`AtomicFile::commit`] and disappears if dropped before (an error, a panic, a closed pipe).
pub struct AtomicFile {
    target: PathBuf,
    temporary: PathBuf,
    out: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Starts writing `path`.
    pub fn create(path: &Path, existing: Existing) -> Result<AtomicFile> {
        check_target(path, existing)?;
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(dir) = dir {
            create_private_dir(dir)?;
        }
        let name = path
            .file_name()
            .with_context(|| format!("{} is not a file name", path.display()))?;
        let temporary = dir.unwrap_or(Path::new(".")).join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            std::process::id()
        ));
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(&temporary)
            .with_context(|| format!("cannot write {}", path.display()))?;
        // The mode of `open` is filtered by the umask, and a left-over file keeps its old one.
        set_private(&temporary)?;
        Ok(AtomicFile {
            target: path.to_path_buf(),
            temporary,
            out: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// Finishes the file and renames it into place.
    pub fn commit(mut self) -> Result<()> {
        let out = self.out.take().expect("committed once");
        let file = out
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("cannot write {}", self.target.display()))?;
        file.sync_all()
            .with_context(|| format!("cannot write {}", self.target.display()))?;
        std::fs::rename(&self.temporary, &self.target)
            .with_context(|| format!("cannot write {}", self.target.display()))?;
        Ok(())
    }

    /// Finishes and closes the temporary without syncing or renaming it (`write_many` does
    /// both for a whole batch).
    fn close(mut self) -> Result<Written> {
        let out = self.out.take().expect("closed once");
        out.into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("cannot write {}", self.target.display()))?;
        Ok(Written {
            target: std::mem::take(&mut self.target),
            temporary: std::mem::take(&mut self.temporary),
            renamed: false,
        })
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.as_mut().expect("not committed").write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.as_mut().expect("not committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// Makes a file readable and writable by its owner only.
pub fn set_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("cannot restrict {}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn writes_private_files_in_private_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pack/2026-04/payslip.pdf");
        write_file(&path, b"%PDF", Existing::Refuse).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF");
        #[cfg(unix)]
        {
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
    }

    #[test]
    fn refuses_an_existing_file_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        std::fs::write(&path, "old").unwrap();
        let err = write_file(&path, b"new", Existing::Refuse).unwrap_err();
        let text = crate::kernel::error::describe(&err);
        let hint = text.lines().last().unwrap_or_default();
        assert!(
            hint.starts_with("hint") && hint.contains("--force"),
            "{text}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        write_file(&path, b"new", Existing::Replace).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[test]
    fn an_unfinished_file_leaves_the_previous_one_and_no_debris() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.csv");
        std::fs::write(&path, "good").unwrap();
        {
            let mut out = AtomicFile::create(&path, Existing::Replace).unwrap();
            out.write_all(b"half").unwrap();
            // dropped without commit: the export failed half-way
        }
        assert_eq!(std::fs::read(&path).unwrap(), b"good");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }
}
