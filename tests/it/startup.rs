//! What the binary loads before `main`: on Linux with glibc, nothing but libc. Each shared
//! library costs every command part of its start (build.rs, src/main.rs, ADR 0012); a new
//! dependency calling a C math function or a changed toolchain would bring one back unnoticed.
//! Nor does the loader relocate it: it is linked at a fixed address.

#![cfg(all(target_os = "linux", target_env = "gnu"))]

#[test]
fn the_binary_needs_no_shared_library_but_libc() {
    let needed = needed_libraries(&assert_cmd::cargo::cargo_bin("bko"));
    if env!("BKO_STATIC_LIBC") == "yes" {
        // A packager's static build (`+crt-static`): glibc is linked in.
        assert!(
            needed.is_empty(),
            "a static build loads nothing: {needed:?}"
        );
        return;
    }
    assert!(
        needed.iter().any(|lib| lib.starts_with("libc.so")),
        "libc is always needed: {needed:?}"
    );
    assert!(
        !needed.iter().any(|lib| lib.starts_with("libm.so")),
        "a dependency calls a C math function src/main.rs does not define \
         (`nm -D --undefined-only` on the binary names it): {needed:?}"
    );
    if env!("BKO_STATIC_UNWINDER") == "yes" {
        assert!(
            !needed.iter().any(|lib| lib.starts_with("libgcc_s")),
            "build.rs links GCC's unwinder statically: {needed:?}"
        );
    }
}

#[test]
fn the_binary_is_linked_at_a_fixed_address_unless_asked_otherwise() {
    const ET_EXEC: u16 = 2;
    const ET_DYN: u16 = 3;
    let elf = std::fs::read(assert_cmd::cargo::cargo_bin("bko")).expect("the binary");
    let kind = u16::from_le_bytes([elf[16], elf[17]]);
    let expected: &[u16] = if env!("BKO_NO_PIE") == "yes" {
        &[ET_EXEC]
    } else if env!("BKO_STATIC_LIBC") == "yes" {
        // The packager's static build: static-pie, or at a fixed address with
        // `-C relocation-model=static` (README).
        &[ET_DYN, ET_EXEC]
    } else {
        &[ET_DYN]
    };
    assert!(
        expected.contains(&kind),
        "ELF type {kind}: build.rs links the binary with -no-pie (ET_EXEC) unless BKO_PIE is set \
         or glibc is linked in (ET_DYN: a position-independent or a static-pie executable)"
    );
}

/// The `DT_NEEDED` entries of a little-endian ELF64 executable (the libraries the dynamic
/// loader opens for it), read from its program headers and dynamic section.
fn needed_libraries(path: &std::path::Path) -> Vec<String> {
    const PT_LOAD: u32 = 1;
    const PT_DYNAMIC: u32 = 2;
    const DT_NEEDED: u64 = 1;
    const DT_STRTAB: u64 = 5;
    let elf = std::fs::read(path).expect("the binary");
    assert_eq!(&elf[..6], b"\x7fELF\x02\x01", "a little-endian ELF64 file");
    let u16_at = |at: usize| u16::from_le_bytes(elf[at..at + 2].try_into().unwrap()) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(elf[at..at + 4].try_into().unwrap());
    let u64_at = |at: usize| u64::from_le_bytes(elf[at..at + 8].try_into().unwrap());
    let (table, entry_size, count) = (u64_at(0x20) as usize, u16_at(0x36), u16_at(0x38));
    let headers: Vec<usize> = (0..count).map(|i| table + i * entry_size).collect();
    // (file offset, address, size in the file) of each loaded segment
    let loads: Vec<(u64, u64, u64)> = headers
        .iter()
        .filter(|&&h| u32_at(h) == PT_LOAD)
        .map(|&h| (u64_at(h + 8), u64_at(h + 16), u64_at(h + 32)))
        .collect();
    let Some(dynamic) = headers
        .iter()
        .find(|&&h| u32_at(h) == PT_DYNAMIC)
        .map(|&h| u64_at(h + 8) as usize)
    else {
        // No dynamic section: a static executable at a fixed address, nothing to load.
        return Vec::new();
    };
    let entries: Vec<(u64, u64)> = (0..)
        .map(|i| (u64_at(dynamic + 16 * i), u64_at(dynamic + 16 * i + 8)))
        .take_while(|&(tag, _)| tag != 0)
        .collect();
    let strtab_address = entries
        .iter()
        .find(|e| e.0 == DT_STRTAB)
        .expect("DT_STRTAB")
        .1;
    let (offset, address, _) = loads
        .iter()
        .find(|&&(_, start, size)| (start..start + size).contains(&strtab_address))
        .expect("the string table is loaded");
    let strtab = (strtab_address - address + offset) as usize;
    entries
        .iter()
        .filter(|e| e.0 == DT_NEEDED)
        .map(|&(_, name)| {
            let start = strtab + name as usize;
            let end = start + elf[start..].iter().position(|&b| b == 0).unwrap();
            String::from_utf8_lossy(&elf[start..end]).into_owned()
        })
        .collect()
}
