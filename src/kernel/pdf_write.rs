//! Writes laid-out pages (`kernel::pdf::Page`, printpdf's drawing operations) as PDF bytes:
//! bko's own writer since issue 19 (ADR 0011). printpdf stays the layout vocabulary; what it
//! did on saving (parse the font again, subset it, decode every glyph outline of the subset for
//! its widths, translate and compress) was four fifths of the time of a batch of forms. Here
//! the font is parsed once per process (ttf-parser, no allocation), each document gets its own
//! subset of the glyphs it shows (`subsetter`, the subsetter typst and krilla use), widths come
//! straight from the font's metrics, and the objects are written with `pdf-writer`.
//!
//! The font is a Type0 font with Identity-H encoding over a CIDFontType2 whose CIDs are the
//! subset's glyph IDs (CIDToGIDMap Identity), with a ToUnicode map so text extracts exactly.

use std::collections::HashMap;
use std::sync::OnceLock;

use anyhow::{Result, anyhow, bail};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use printpdf::{Color, Op, PaintMode, TextItem};
use sha2::{Digest, Sha256};

use super::pdf::{Document, PAGE_HEIGHT_MM, PAGE_WIDTH_MM, Page};

/// Noto Sans JP Regular (SIL OFL 1.1, assets/fonts/OFL.txt).
const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansJP-Regular.ttf");

/// The name pages use for the font in their resources.
const FONT_KEY: &[u8] = b"F1";

/// The bundled font, parsed once, with the figures its PDF descriptor needs (in the PDF's
/// glyph space of 1,000 units per em).
pub(super) struct Font {
    face: ttf_parser::Face<'static>,
    units_per_em: u16,
    /// Glyph and advance per BMP character, 0 until first asked (see `glyph_and_advance`).
    known: Vec<std::sync::atomic::AtomicU64>,
    postscript_name: String,
    ascent: f32,
    descent: f32,
    cap_height: f32,
    bbox: [f32; 4],
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
    fn glyph_and_advance(&self, c: char) -> (u16, u16) {
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

    fn advance(&self, glyph: u16) -> f32 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .map_or(f32::from(self.units_per_em / 2), f32::from)
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

/// The glyphs one document shows, numbered in order of first use: the CIDs of its font subset.
struct Glyphs<'f> {
    font: &'f Font,
    remapper: subsetter::GlyphRemapper,
    by_char: HashMap<char, u16>,
    /// For each CID: the character it shows (for ToUnicode) and its width in 1/1000 em.
    used: Vec<(char, f32)>,
}

impl<'f> Glyphs<'f> {
    fn new(font: &'f Font) -> Self {
        let mut remapper = subsetter::GlyphRemapper::new();
        remapper.remap(0);
        Glyphs {
            font,
            remapper,
            by_char: HashMap::new(),
            used: vec![(
                '\0',
                font.advance(0) * 1000.0 / f32::from(font.units_per_em),
            )],
        }
    }

    fn cid(&mut self, c: char) -> u16 {
        if let Some(cid) = self.by_char.get(&c) {
            return *cid;
        }
        let (glyph, advance) = self.font.glyph_and_advance(c);
        let cid = self.remapper.remap(glyph);
        if usize::from(cid) == self.used.len() {
            let width = f32::from(advance) * 1000.0 / f32::from(self.font.units_per_em);
            self.used.push((c, width));
        }
        self.by_char.insert(c, cid);
        cid
    }

    /// A text as the two-byte CIDs Identity-H shows.
    fn encode(&mut self, text: &str) -> Vec<u8> {
        text.chars()
            .flat_map(|c| self.cid(c).to_be_bytes())
            .collect()
    }
}

/// The content stream of one page.
fn content(page: &Page, glyphs: &mut Glyphs) -> Result<Vec<u8>> {
    let mut c = Content::with_settings(pdf_writer::Settings { pretty: false });
    for op in page.ops() {
        match op {
            Op::StartTextSection => {
                c.begin_text();
            }
            Op::EndTextSection => {
                c.end_text();
            }
            Op::SetFont { size, .. } => {
                c.set_font(Name(FONT_KEY), size.0);
            }
            Op::SetTextCursor { pos } => {
                c.next_line(pos.x.0, pos.y.0);
            }
            Op::ShowText { items } => {
                for item in items {
                    if let TextItem::Text(text) = item {
                        c.show(Str(&glyphs.encode(text)));
                    }
                }
            }
            Op::SetOutlineColor {
                col: Color::Greyscale(grey),
            } => {
                c.set_stroke_gray(grey.percent);
            }
            Op::SetFillColor {
                col: Color::Greyscale(grey),
            } => {
                c.set_fill_gray(grey.percent);
            }
            Op::SetOutlineThickness { pt } => {
                c.set_line_width(pt.0);
            }
            Op::DrawLine { line } => {
                let mut points = line.points.iter();
                let Some(first) = points.next() else { continue };
                c.move_to(first.p.x.0, first.p.y.0);
                for point in points {
                    c.line_to(point.p.x.0, point.p.y.0);
                }
                if line.is_closed {
                    c.close_and_stroke();
                } else {
                    c.stroke();
                }
            }
            Op::DrawRectangle { rectangle: r } => {
                c.rect(r.x.0, r.y.0, r.width.0, r.height.0);
                match r.mode {
                    Some(PaintMode::Stroke) => c.stroke(),
                    _ => c.fill_nonzero(),
                };
            }
            other => bail!("the PDF writer cannot draw {other:?}"),
        }
    }
    Ok(c.finish().to_vec())
}

/// How hard streams are deflated: libdeflate's level 1 packs a font subset within 1 % of
/// zlib's level 6 at a quarter of the time (measured in docs/performance.md), and the font
/// subsets are most of every file.
const LEVEL: i32 = 1;

/// Deflated bytes (a zlib stream), or the bytes as they are when deflating would not shrink
/// them.
fn deflate(bytes: &[u8]) -> (Vec<u8>, bool) {
    let Ok(level) = libdeflater::CompressionLvl::new(LEVEL) else {
        return (bytes.to_vec(), false);
    };
    let mut compressor = libdeflater::Compressor::new(level);
    let mut out = vec![0; compressor.zlib_compress_bound(bytes.len())];
    match compressor.zlib_compress(bytes, &mut out) {
        Ok(len) if len + 19 < bytes.len() => {
            out.truncate(len);
            (out, true)
        }
        _ => (bytes.to_vec(), false),
    }
}

/// Writes a stream object, deflated when that makes it smaller.
fn stream(pdf: &mut Pdf, id: Ref, bytes: &[u8]) {
    let (data, packed) = deflate(bytes);
    let mut s = pdf.stream(id, &data);
    if packed {
        s.filter(Filter::FlateDecode);
    }
}

/// Object numbers handed out in order.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

/// Renders one document. Deterministic: the ID and the font subset tag derive from the title
/// and key, the dates are the document's own.
pub(super) fn write(d: &Document) -> Result<Vec<u8>> {
    let font = font()?;
    let mut glyphs = Glyphs::new(font);
    let contents = d
        .pages
        .iter()
        .map(|page| content(page, &mut glyphs))
        .collect::<Result<Vec<_>>>()?;
    let id = Sha256::digest(format!("bko\x1f{}\x1f{}", d.title, d.key).as_bytes());
    let mut ids = Ids(0);
    let (catalog, tree, type0) = (ids.next(), ids.next(), ids.next());
    let mut pdf = Pdf::with_settings(pdf_writer::Settings { pretty: false });
    pdf.catalog(catalog).pages(tree);
    let pages: Vec<(Ref, Ref)> = contents.iter().map(|_| (ids.next(), ids.next())).collect();
    pdf.pages(tree)
        .kids(pages.iter().map(|(page, _)| *page))
        .count(i32::try_from(pages.len())?);
    let media = Rect::new(0.0, 0.0, mm_to_pt(PAGE_WIDTH_MM), mm_to_pt(PAGE_HEIGHT_MM));
    for ((page, content_id), bytes) in pages.iter().zip(&contents) {
        let mut p = pdf.page(*page);
        p.parent(tree).media_box(media).contents(*content_id);
        p.resources().fonts().pair(Name(FONT_KEY), type0);
        p.finish();
        stream(&mut pdf, *content_id, bytes);
    }
    write_font(&mut pdf, &mut ids, type0, &glyphs, &subset_tag(&id))?;
    write_info(&mut pdf, ids.next(), d);
    let file_id = super::audit::hex(&id[..16]).into_bytes();
    pdf.set_file_id((file_id.clone(), file_id));
    Ok(pdf.finish())
}

fn mm_to_pt(mm: f32) -> f32 {
    mm * 72.0 / 25.4
}

/// The subset tag the PDF specification requires before a subset font's name (six capital
/// letters, ISO 32000-1 9.6.4), from the document's ID.
fn subset_tag(id: &[u8]) -> String {
    id[..6].iter().map(|b| char::from(b'A' + b % 26)).collect()
}

/// The Type0 font, its CIDFontType2, descriptor, subset program and ToUnicode map.
fn write_font(pdf: &mut Pdf, ids: &mut Ids, type0: Ref, glyphs: &Glyphs, tag: &str) -> Result<()> {
    let font = glyphs.font;
    let (cid_font, descriptor, program, to_unicode) =
        (ids.next(), ids.next(), ids.next(), ids.next());
    let name = format!("{tag}+{}", font.postscript_name);
    let system = || SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(type0)
        .base_font(Name(name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);
    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(name.as_bytes()))
        .system_info(system())
        .font_descriptor(descriptor)
        .default_width(1000.0);
    cid.widths()
        .consecutive(0, glyphs.used.iter().map(|(_, width)| width.round()));
    cid.cid_to_gid_map_predefined(Name(b"Identity"));
    cid.finish();
    let [x0, y0, x1, y1] = font.bbox;
    pdf.font_descriptor(descriptor)
        .name(Name(name.as_bytes()))
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(x0, y0, x1, y1))
        .italic_angle(0.0)
        .ascent(font.ascent)
        .descent(font.descent)
        .cap_height(font.cap_height)
        .stem_v(88.0)
        .font_file2(program);
    let subset = subsetter::subset(FONT_BYTES, 0, &glyphs.remapper)
        .map_err(|e| anyhow!("subsetting the bundled font: {e}"))?;
    let (data, packed) = deflate(&subset);
    let mut s = pdf.stream(program, &data);
    s.pair(Name(b"Length1"), i32::try_from(subset.len())?);
    if packed {
        s.filter(Filter::FlateDecode);
    }
    s.finish();
    let mut cmap = UnicodeCmap::new(Name(b"Adobe-Identity-UCS"), system());
    for (cid, (c, _)) in glyphs.used.iter().enumerate().skip(1) {
        cmap.pair(u16::try_from(cid)?, *c);
    }
    stream(pdf, to_unicode, &cmap.finish());
    Ok(())
}

/// The document information: title, producer, and the document's own date as its creation
/// and modification date (none leaves them out).
fn write_info(pdf: &mut Pdf, id: Ref, d: &Document) {
    use chrono::Datelike;
    let mut info = pdf.document_info(id);
    info.title(TextStr(&d.title))
        .producer(TextStr("bko"))
        .creator(TextStr("bko"));
    if let Some(date) = d.date
        && let (Ok(year), Ok(month), Ok(day)) = (
            u16::try_from(date.year()),
            u8::try_from(date.month()),
            u8::try_from(date.day()),
        )
    {
        let stamp = Date::new(year).month(month).day(day);
        info.creation_date(stamp).modified_date(stamp);
    }
}
