//! The bundled font for the PDF writer (ADR 0011): parsed once per process, glyphs numbered
//! per document in order of first use, and the subsets cut from it — one per document, plus,
//! for a batch of forms, one shared by all its documents (the glyphs every one of them shows,
//! cut and deflated once).

use std::collections::HashMap;
use std::sync::OnceLock;

use anyhow::{Result, anyhow};
use pdf_writer::types::{SystemInfo, UnicodeCmap};
use pdf_writer::{Name, Str};

use super::pdf::Document;

/// Noto Sans JP Regular (SIL OFL 1.1, assets/fonts/OFL.txt).
const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansJP-Regular.ttf");

/// The bundled font, parsed once, with the figures its PDF descriptor needs (in the PDF's
/// glyph space of 1,000 units per em).
pub(super) struct Font {
    face: ttf_parser::Face<'static>,
    units_per_em: u16,
    /// Glyph and advance per BMP character, 0 until first asked (see `glyph_and_advance`).
    known: Vec<std::sync::atomic::AtomicU64>,
    pub(super) postscript_name: String,
    pub(super) ascent: f32,
    pub(super) descent: f32,
    pub(super) cap_height: f32,
    pub(super) bbox: [f32; 4],
}

pub(super) fn font() -> Result<&'static Font> {
    static FONT: OnceLock<Option<Font>> = OnceLock::new();
    FONT.get_or_init(|| Font::parse(FONT_BYTES))
        .as_ref()
        .ok_or_else(|| anyhow!("the bundled font could not be read"))
}

impl Font {
    fn parse(bytes: &'static [u8]) -> Option<Font> {
        let face = ttf_parser::Face::parse(bytes, 0).ok()?;
        let units_per_em = face.units_per_em().max(1);
        let scale = |v: i16| f32::from(v) * 1000.0 / f32::from(units_per_em);
        let postscript_name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .filter(|n| n.bytes().all(|b| b.is_ascii_graphic()))
            .unwrap_or_else(|| "NotoSansJP-Regular".to_string());
        let b = face.global_bounding_box();
        Some(Font {
            units_per_em,
            known: (0..=0xFFFF)
                .map(|_| std::sync::atomic::AtomicU64::new(0))
                .collect(),
            postscript_name,
            ascent: scale(face.ascender()),
            descent: scale(face.descender()),
            cap_height: scale(face.capital_height().unwrap_or(face.ascender())),
            bbox: [
                scale(b.x_min),
                scale(b.y_min),
                scale(b.x_max),
                scale(b.y_max),
            ],
            face,
        })
    }

    /// The glyph of a character (.notdef when the font lacks it) and its advance in font
    /// units. Characters of the Basic Multilingual Plane are looked up in the font once per
    /// process and kept in a lock-free table (layout and writing ask for the same few hundred
    /// characters many thousand times, from several threads).
    pub(super) fn glyph_and_advance(&self, c: char) -> (u16, u16) {
        let Some(slot) = self.known.get(c as usize) else {
            return self.look_up(c);
        };
        let known = slot.load(std::sync::atomic::Ordering::Relaxed);
        if known != 0 {
            return ((known >> 16) as u16, known as u16);
        }
        let (glyph, advance) = self.look_up(c);
        // Bit 32 marks the slot as filled (glyph 0 with advance 0 is a real answer).
        let packed = (1 << 32) | (u64::from(glyph) << 16) | u64::from(advance);
        slot.store(packed, std::sync::atomic::Ordering::Relaxed);
        (glyph, advance)
    }

    fn look_up(&self, c: char) -> (u16, u16) {
        let glyph = self.face.glyph_index(c).map_or(0, |g| g.0);
        let advance = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(self.units_per_em / 2);
        (glyph, advance)
    }

    /// An advance in font units as a PDF width (1/1000 em).
    fn width(&self, advance: u16) -> f32 {
        f32::from(advance) * 1000.0 / f32::from(self.units_per_em)
    }

    /// The advance of a text in ems (the sum of its characters' advances over units per em).
    pub(super) fn text_ems(&self, text: &str) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.glyph_and_advance(c).1))
            .sum();
        units as f32 / f32::from(self.units_per_em)
    }
}

/// A cut font program and what its PDF objects need.
pub(super) struct Subset {
    /// `TAG+PostScriptName`.
    pub name: String,
    /// For each CID: the character it shows and its width in 1/1000 em.
    pub used: Vec<(char, f32)>,
    /// The font program, deflated when that made it smaller.
    pub program: Packed,
    /// Its length before deflating (`Length1`).
    pub program_length: usize,
    /// The ToUnicode map.
    pub to_unicode: Packed,
}

/// Bytes, and whether they are deflated.
pub(super) struct Packed {
    pub bytes: Vec<u8>,
    pub deflated: bool,
}

impl Packed {
    pub(super) fn of(bytes: &[u8]) -> Packed {
        let (bytes, deflated) = super::pdf_write::deflate(bytes);
        Packed { bytes, deflated }
    }
}

/// The CIDs of a font subset, numbered in order of first use (0 is .notdef).
struct Numbering {
    remapper: subsetter::GlyphRemapper,
    by_char: HashMap<char, u16>,
    used: Vec<(char, f32)>,
}

impl Numbering {
    fn new(font: &Font) -> Numbering {
        let mut remapper = subsetter::GlyphRemapper::new();
        remapper.remap(0);
        // U+0000 is on no glyph: it stands for .notdef and its width.
        let notdef = font.width(font.glyph_and_advance('\0').1);
        Numbering {
            remapper,
            by_char: HashMap::new(),
            used: vec![('\0', notdef)],
        }
    }

    fn cid(&mut self, font: &Font, c: char) -> u16 {
        if let Some(cid) = self.by_char.get(&c) {
            return *cid;
        }
        let (glyph, advance) = font.glyph_and_advance(c);
        let cid = self.remapper.remap(glyph);
        if usize::from(cid) == self.used.len() {
            self.used.push((c, font.width(advance)));
        }
        self.by_char.insert(c, cid);
        cid
    }

    /// Cuts the subset these CIDs number.
    fn cut(self, font: &Font, tag: &str) -> Result<Subset> {
        let program = subsetter::subset(FONT_BYTES, 0, &self.remapper)
            .map_err(|e| anyhow!("subsetting the bundled font: {e}"))?;
        let mut cmap = UnicodeCmap::new(Name(b"Adobe-Identity-UCS"), identity_system());
        for (cid, (c, _)) in self.used.iter().enumerate().skip(1) {
            cmap.pair(u16::try_from(cid)?, *c);
        }
        Ok(Subset {
            name: format!("{tag}+{}", font.postscript_name),
            program: Packed::of(&program),
            program_length: program.len(),
            to_unicode: Packed::of(&cmap.finish()),
            used: self.used,
        })
    }
}

/// Adobe-Identity-0, the character collection of an Identity-H font.
pub(super) fn identity_system() -> SystemInfo<'static> {
    SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    }
}

/// The glyphs every document of a batch shows, cut and deflated once: each PDF of the batch
/// embeds this subset as it is, beside a small one of its own for the rest (its names and
/// amounts). For thousands of forms whose printed labels are the same (payslips, 源泉徴収票),
/// it spares subsetting and deflating those labels' glyphs again in every file.
pub(super) struct SharedGlyphs {
    cids: HashMap<char, u16>,
    pub subset: Subset,
}

/// The subset shared by a batch: the characters every document shows on its pages, and every
/// character of the batch's printed forms (`forms`, whose content streams are written with this
/// subset alone); none for fewer than two documents, or when they share nothing.
pub(super) fn shared_glyphs(
    docs: &[Document],
    forms: &[&super::pdf::Page],
) -> Result<Option<SharedGlyphs>> {
    let font = font()?;
    // Each document's characters as a bitmap of the Basic Multilingual Plane (8 KB, cleared and
    // reused): a batch of ten thousand forms is intersected without a set per document.
    let mut shows = vec![0u64; 1 << 10];
    let mut common: Option<Vec<char>> = None;
    for doc in docs {
        shows.fill(0);
        for text in doc.pages.iter().flat_map(super::pdf::Page::texts) {
            for c in text.chars().filter(|c| (*c as u32) < 0x10000 && *c != '\n') {
                shows[c as usize >> 6] |= 1 << (c as u32 & 63);
            }
        }
        let shown = |c: &char| shows[*c as usize >> 6] & (1 << (*c as u32 & 63)) != 0;
        match &mut common {
            None => {
                common = Some(
                    (0..0x10000u32)
                        .filter_map(char::from_u32)
                        .filter(shown)
                        .collect(),
                )
            }
            Some(before) => before.retain(shown),
        }
    }
    let mut common = common.unwrap_or_default();
    common.extend(
        forms
            .iter()
            .flat_map(|form| form.texts())
            .flat_map(str::chars),
    );
    common.sort_unstable();
    common.dedup();
    if docs.len() < 2 || common.is_empty() {
        return Ok(None);
    }
    let mut numbering = Numbering::new(font);
    for c in &common {
        numbering.cid(font, *c);
    }
    let cids = numbering.by_char.clone();
    let text: String = common.iter().collect();
    let digest = <sha2::Sha256 as sha2::Digest>::digest(text.as_bytes());
    let subset = numbering.cut(font, &super::pdf_write::subset_tag(&digest))?;
    Ok(Some(SharedGlyphs { cids, subset }))
}

/// The glyphs one document shows: from the batch's shared subset when it has them, else from
/// the document's own, numbered in order of first use.
pub(super) struct Glyphs<'f> {
    font: &'f Font,
    shared: Option<&'f SharedGlyphs>,
    own: Numbering,
}

impl<'f> Glyphs<'f> {
    pub(super) fn new(font: &'f Font, shared: Option<&'f SharedGlyphs>) -> Self {
        Glyphs {
            font,
            shared,
            own: Numbering::new(font),
        }
    }

    /// A text as runs of two-byte CIDs (Identity-H), each with whether it is in the shared
    /// subset.
    pub(super) fn runs(&mut self, text: &str) -> Vec<(bool, Vec<u8>)> {
        let mut runs: Vec<(bool, Vec<u8>)> = Vec::new();
        for c in text.chars() {
            let (shared, cid) = match self.shared.and_then(|s| s.cids.get(&c)) {
                Some(cid) => (true, *cid),
                None => (false, self.own.cid(self.font, c)),
            };
            match runs.last_mut() {
                Some((in_shared, bytes)) if *in_shared == shared => {
                    bytes.extend(cid.to_be_bytes());
                }
                _ => runs.push((shared, cid.to_be_bytes().to_vec())),
            }
        }
        runs
    }

    /// Whether a glyph was numbered outside the shared subset.
    pub(super) fn any_own(&self) -> bool {
        self.own.used.len() > 1
    }

    /// Whether the document needs a subset of its own: it shows a glyph the shared one lacks,
    /// or there is no shared one.
    pub(super) fn needs_own(&self) -> bool {
        self.shared.is_none() || self.any_own()
    }

    /// The document's own subset.
    pub(super) fn cut_own(self, tag: &str) -> Result<Subset> {
        self.own.cut(self.font, tag)
    }
}
