//! The committed completions, man page and CLI reference must match the clap definition.
//! Regenerate with `BKO_UPDATE_GENERATED=1 cargo test --test generated`.

#[test]
fn generated_files_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var("BKO_UPDATE_GENERATED").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for (path, expected) in bko::cli::generated_files().unwrap() {
        let file = root.join(&path);
        if update {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &expected).unwrap();
            continue;
        }
        let found = std::fs::read(&file).unwrap_or_default();
        if found != expected {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}\nrun: BKO_UPDATE_GENERATED=1 cargo test --test generated"
    );
}
